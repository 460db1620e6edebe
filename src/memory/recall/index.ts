export * from './recall.ts';
export * from './sources-loader.ts';
