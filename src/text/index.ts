export * from './names.ts';
export * from './stopwords.ts';
export * from './words.ts';
