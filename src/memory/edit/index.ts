export * from './crud-changes.ts';
export * from './delete-memory.ts';
export * from './delete-nodes.ts';
export * from './erase-user.ts';
export * from './merge-entities.ts';
