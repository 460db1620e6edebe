export * from './forgetting-pass.ts';
export * from './policy.ts';
export * from './schedule.ts';
