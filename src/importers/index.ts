export * from './browser-noise.ts';
export * from './browser-visits.ts';
export * from './chrome-history.ts';
export * from './episode.ts';
export * from './firefox-places.ts';
export * from './x-archive.ts';
