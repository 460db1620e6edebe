export * from './errors.ts';
export * from './format-error.ts';
