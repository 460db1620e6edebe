export * from './export-format.ts';
export * from './export-user.ts';
export * from './restore-user.ts';
