export * from './pipeline.ts';
export * from './types.ts';
