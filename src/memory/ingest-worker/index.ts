export * from './ingest-worker.ts';
export * from './retry-episode.ts';
