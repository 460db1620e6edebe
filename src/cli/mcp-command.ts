// `persona-graph mcp --url … --token …`: an MCP server on stdio for desktop agent hosts, forwarding every request to
// a Persona Graph server's /mcp endpoint with the caller's token (the server checks it exactly as over HTTP).
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import {
  CallToolRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  ReadResourceRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { parseCommandLine, UsageError } from './command-line.ts';
import { CONNECTION_USAGE, connectionFrom } from './connection.ts';

export const MCP_USAGE = `Usage: persona-graph mcp [--url <server>] [--token <jwt>]

Serves the Model Context Protocol on stdin/stdout (for desktop agent hosts), forwarding to <server>/mcp.
${CONNECTION_USAGE}`;

export interface McpOptions {
  endpoint: URL;
  token?: string;
}

export function parseMcpArgs(args: string[], env: Record<string, string | undefined>): McpOptions {
  const { values, positionals } = parseCommandLine(args, {
    url: { type: 'string' },
    token: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const { base, token } = connectionFrom(values, env);
  return { endpoint: new URL(`${base}/mcp`), token };
}

/** Connects to the server, then serves stdio until stdin closes. */
export async function runMcpStdio(options: McpOptions): Promise<void> {
  const remote = new Client({ name: 'persona-graph-stdio', version: '0.1.0' });
  await remote.connect(
    new StreamableHTTPClientTransport(options.endpoint, {
      requestInit: { headers: options.token ? { authorization: `Bearer ${options.token}` } : {} },
    }),
  );
  const local = new Server(
    { name: 'persona-graph', version: '0.1.0' },
    { capabilities: { tools: {}, resources: {} }, instructions: remote.getInstructions() },
  );
  local.setRequestHandler(ListToolsRequestSchema, (request) => remote.listTools(request.params));
  local.setRequestHandler(CallToolRequestSchema, (request) => remote.callTool(request.params));
  local.setRequestHandler(ListResourcesRequestSchema, (request) => remote.listResources(request.params));
  local.setRequestHandler(ListResourceTemplatesRequestSchema, (request) =>
    remote.listResourceTemplates(request.params),
  );
  local.setRequestHandler(ReadResourceRequestSchema, (request) => remote.readResource(request.params));
  const closed = new Promise<void>((resolve) => {
    local.onclose = () => resolve();
  });
  await local.connect(new StdioServerTransport());
  await closed;
  await remote.close();
}
