// Serves the explorer (/explorer) and the offline playground (/playground), building their bundles on first use.
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import { DIST_DIR, ensureWebAssets } from './build.ts';

export interface WebRoutesOptions {
  logger: Logger;
  /** Look for edited page sources on every page load (development), not only on the first. */
  recheck?: boolean;
}

/** The routes of the web pages; assets live under /web/ and are built from src/web on the first request. */
export function webRoutes({ logger, recheck = false }: WebRoutesOptions): Router {
  const router = express.Router();
  // Building lazily keeps server start (and every API test) free of bundling work.
  const ready = (page: boolean) => async (_req: Request, res: Response, next: NextFunction) => {
    try {
      await ensureWebAssets(recheck && page);
      next();
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.message : error }, 'building the web pages failed');
      res
        .status(500)
        .type('text/plain')
        .send('The explorer and playground pages could not be built; see the server log.');
    }
  };
  const page = (name: string) => (_req: Request, res: Response) => {
    res.set('cache-control', 'no-cache').sendFile(join(DIST_DIR, `${name}.html`));
  };
  // A browser opening /graphql gets the offline playground rather than Apollo's online Sandbox.
  router.get('/graphql', (req, res, next) => {
    const wantsPage =
      req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (wantsPage && req.query.query === undefined) res.redirect(302, '/playground');
    else next();
  });
  router.get('/explorer', ready(true), page('explorer'));
  router.get('/playground', ready(true), page('playground'));
  router.use('/web', ready(false), express.static(DIST_DIR, { index: false, maxAge: 0 }));
  return router;
}
