export * from './rag-query.ts';
