export * from './recall.ts';
export * from './sources-loader.ts';
export * from './vector-cache.ts';
