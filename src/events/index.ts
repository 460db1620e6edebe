export * from './bounded-subscription.ts';
export * from './event-bus.ts';
export * from './graph-update.ts';
export * from './in-process-bus.ts';
export * from './redis-bus.ts';
