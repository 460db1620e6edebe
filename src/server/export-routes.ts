// A user's data, whole: GET /users/:userId/export streams it as JSON Lines (the explorer's "download my data"),
// POST /users/:userId/restore rebuilds it from such a file. Same token rules as /graphql.
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { type Request, type Response, Router } from 'express';
import { GraphQLError } from 'graphql';
import { authenticateHttp, authorizeUser } from '../auth/index.ts';
import { classifyError, ErrorCode } from '../errors/index.ts';
import type { AppServices } from '../graphql/context.ts';
import { exportUser, parseExportLines, restoreUser, toJsonLines } from '../memory/export/index.ts';

const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

function sendError(res: Response, error: unknown, services: AppServices): void {
  const kind = classifyError(error);
  const extensions: { code?: string; line?: number } = error instanceof GraphQLError ? error.extensions : {};
  const code =
    kind === 'public'
      ? (extensions.code ?? ErrorCode.BAD_USER_INPUT)
      : kind === 'unavailable'
        ? ErrorCode.SERVICE_UNAVAILABLE
        : ErrorCode.INTERNAL_SERVER_ERROR;
  if (kind === 'internal') services.logger.error({ err: error }, 'export or restore failed');
  const message = kind === 'internal' ? 'Internal server error' : (error as Error).message;
  res.status(STATUS[code] ?? 500).json({
    errors: [{ message, extensions: { code, ...(extensions.line ? { line: extensions.line } : {}) } }],
  });
}

async function authorized(services: AppServices, req: Request): Promise<string> {
  const userId = String(req.params.userId);
  authorizeUser(await authenticateHttp(services.config, req.headers.authorization), userId);
  return userId;
}

export function exportRoutes(services: AppServices): Router {
  const router = Router();
  router.get('/users/:userId/export', async (req, res) => {
    let userId: string;
    try {
      userId = await authorized(services, req);
    } catch (error) {
      sendError(res, error, services);
      return;
    }
    res
      .status(200)
      .type('application/x-ndjson')
      .set('content-disposition', `attachment; filename="${encodeURIComponent(userId)}.jsonl"`);
    try {
      for await (const line of toJsonLines(exportUser(services, userId)))
        if (!res.write(line)) await once(res, 'drain');
      res.end();
    } catch (error) {
      // Headers are gone: end the stream without its end record, which marks the file as incomplete.
      services.logger.error({ err: (error as Error).message }, 'export interrupted');
      res.destroy();
    }
  });
  router.post('/users/:userId/restore', async (req, res) => {
    try {
      const userId = await authorized(services, req);
      const lines = createInterface({ input: req, crlfDelay: Number.POSITIVE_INFINITY });
      res.json(await restoreUser(services, userId, parseExportLines(lines)));
    } catch (error) {
      // Read what the client is still sending, so it receives the answer instead of a reset connection.
      if (!req.complete) {
        req.resume();
        await Promise.race([once(req, 'end'), new Promise((resolve) => setTimeout(resolve, 10_000))]);
      }
      sendError(res, error, services);
    }
  });
  return router;
}
