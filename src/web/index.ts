export { buildWebAssets, ensureWebAssets, webAssetsStale } from './build.ts';
export { type WebRoutesOptions, webRoutes } from './router.ts';
