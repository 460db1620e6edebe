export * from './activation.ts';
export * from './forget-policy.ts';
export * from './forgetting-pass.ts';
export * from './pin.ts';
export * from './reinforce.ts';
export * from './scheduler.ts';
