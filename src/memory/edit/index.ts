export * from './crud-changes.ts';
export * from './delete-nodes.ts';
export * from './erase-user.ts';
export * from './forget-memory.ts';
export * from './merge-entities.ts';
