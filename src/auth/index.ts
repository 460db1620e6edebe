export * from './authenticate.ts';
export * from './claims.ts';
export * from './viewer.ts';
