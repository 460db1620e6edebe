export * from './activation.ts';
export * from './pin.ts';
export * from './reinforce.ts';
export * from './use-recorder.ts';
