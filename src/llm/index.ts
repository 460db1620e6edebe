export * from './create-provider.ts';
export * from './provider.ts';
