export * from './authenticate.ts';
export * from './viewer.ts';
