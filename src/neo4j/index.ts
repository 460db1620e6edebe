export * from './driver.ts';
export * from './local-neo4j.ts';
export * from './schema-setup.ts';
export * from './sessions.ts';
