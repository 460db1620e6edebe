export * from './apollo-plugin.ts';
export * from './instrument-schema.ts';
export * from './metered-provider.ts';
export * from './metrics.ts';
export * from './metrics-route.ts';
