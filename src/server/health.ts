// /healthz says the process is up; /readyz says Neo4j answers and the graph schema is in place.
import type { Request, Response, Router } from 'express';
import express from 'express';
import type { Readiness } from './readiness.ts';

export function healthRoutes(readiness: Readiness): Router {
  const router = express.Router();
  router.get('/healthz', (_req: Request, res: Response) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req: Request, res: Response) => {
    const state = await readiness.check();
    res.status(state.ready ? 200 : 503).json({ status: state.ready ? 'ready' : 'not ready', ...state });
  });
  return router;
}
