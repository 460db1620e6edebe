export * from './create-provider.ts';
export { cosine, localEmbedding } from './local-embedding.ts';
export * from './offline.ts';
export * from './openai.ts';
export * from './provider.ts';
