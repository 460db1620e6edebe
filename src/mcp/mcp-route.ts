// POST /mcp: the Streamable HTTP transport, stateless (no session to keep between instances). Each request is
// authenticated like /graphql and served by a fresh MCP server bound to that caller.
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import express, { Router } from 'express';
import { authenticateHttp } from '../auth/index.ts';
import type { AppServices } from '../graphql/context.ts';
import { createMcpServer } from './mcp-server.ts';

export function mcpRoute(services: AppServices): Router {
  const router = Router();
  router.post('/mcp', express.json({ limit: services.config.MAX_BODY_BYTES }), async (req, res) => {
    let viewer: Awaited<ReturnType<typeof authenticateHttp>>;
    try {
      viewer = await authenticateHttp(services.config, req.headers.authorization);
    } catch (error) {
      const status =
        (error as { extensions?: { http?: { status?: number } } }).extensions?.http?.status ?? 401;
      res
        .status(status)
        .json({ jsonrpc: '2.0', error: { code: -32001, message: (error as Error).message }, id: null });
      return;
    }
    if (viewer.mode === 'anonymous') {
      res
        .status(401)
        .set('www-authenticate', 'Bearer')
        .json({
          jsonrpc: '2.0',
          error: { code: -32001, message: 'A bearer token is required' },
          id: null,
        });
      return;
    }
    const server = createMcpServer(services, viewer);
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    try {
      await server.connect(transport);
      await transport.handleRequest(req, res, req.body);
    } catch (error) {
      services.logger.error({ err: (error as Error).message }, 'mcp request failed');
      if (!res.headersSent)
        res
          .status(500)
          .json({ jsonrpc: '2.0', error: { code: -32603, message: 'Internal error' }, id: null });
    }
  });
  // Stateless: no server-initiated stream to open (GET) and no session to end (DELETE).
  router.all('/mcp', (_req, res) => {
    res
      .status(405)
      .set('allow', 'POST')
      .json({
        jsonrpc: '2.0',
        error: { code: -32000, message: 'Method not allowed: POST JSON-RPC to /mcp' },
        id: null,
      });
  });
  return router;
}
