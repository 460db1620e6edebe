export * from './forget-policy.ts';
export * from './forgetting-pass.ts';
export * from './scheduler.ts';
