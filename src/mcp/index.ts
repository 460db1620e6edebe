export * from './mcp-route.ts';
export * from './mcp-server.ts';
