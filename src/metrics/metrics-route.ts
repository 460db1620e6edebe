// GET /metrics in Prometheus text format. It names no user, so it needs no user's token; METRICS_TOKEN, when set,
// keeps it to scrapers that send it.
import { timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Metrics } from './metrics.ts';

export function metricsRoute(metrics: Metrics, token?: string): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (token && !sameToken(req.headers.authorization, `Bearer ${token}`)) {
      res
        .status(401)
        .set('www-authenticate', 'Bearer')
        .type('text/plain')
        .send('metrics need METRICS_TOKEN\n');
      return;
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}

function sameToken(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Episodes waiting for extraction, counted through the status index at scrape time. */
export async function pendingEpisodes(driver: Driver, database?: string): Promise<number> {
  const { records } = await driver.executeQuery(
    "MATCH (ep:Episode {status: 'PENDING'}) RETURN count(ep) AS n",
    {},
    { database, routing: 'READ' },
  );
  return Number(records[0]?.get('n') ?? 0);
}
