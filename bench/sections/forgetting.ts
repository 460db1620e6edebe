// Section 6: time of a forgetting pass over one user's facts (100k by flag), against a plain scan of the same nodes.
import { forgetPolicyFromConfig, runForgettingPass } from '../../src/memory/forgetting-pass/index.ts';
import type { BenchSection } from '../lib/context.ts';
import { seedUser } from '../lib/seed.ts';
import { ratio, round, time } from '../lib/timing.ts';

// The baseline reads every property the pass needs to decide, for the same nodes, in one query.
const SCAN = `
MATCH (n:Fact {userId: $userId})
RETURN count(n) AS facts, sum(size(coalesce(n.accessLog, []))) AS accesses, max(n.lastAccessedAt) AS last`;

export const forgetting: BenchSection = {
  id: 'forgetting',
  title: '6. Forgetting pass',
  steps: (o) => o.forgetFacts + o.runs + 1,
  async run(ctx) {
    const facts = ctx.options.forgetFacts;
    const userId = `${ctx.runId}-forget`;
    await seedUser(ctx.driver, userId, facts, {
      now: ctx.now,
      dimensions: ctx.config.EMBEDDING_DIMENSIONS,
      onBatch: (n) => ctx.tick('forget: seeding', n),
    });
    const policy = forgetPolicyFromConfig(ctx.config);
    // A clock a year ahead: decayed activations make the pass archive a real share of the facts.
    const later = new Date(ctx.now.getTime() + 365 * 86_400_000);
    const dryRun = await time(
      ctx.options.runs,
      async () => {
        await runForgettingPass({ driver: ctx.driver }, { userId, now: later, dryRun: true, policy });
        ctx.tick('forget: dry runs');
      },
      1,
    );
    const baseline = await time(ctx.options.runs, () =>
      ctx.driver.executeQuery(SCAN, { userId }, { routing: 'READ' }),
    );
    const started = performance.now();
    const report = await runForgettingPass({ driver: ctx.driver }, { userId, now: later, policy });
    const realMs = round(performance.now() - started);
    ctx.tick('forget: pass');
    return {
      title: this.title,
      baseline: 'one Cypher scan reading the same facts’ activation inputs',
      rows: [
        {
          case: `${facts.toLocaleString('en')} facts (+ as many episodes and entities), dry run`,
          system: dryRun,
          baseline,
          ratio: ratio(dryRun, baseline),
          extra: {
            'real pass ms': realMs,
            'facts scanned': report.scanned.facts,
            'facts archived': report.archived.facts,
            'facts deleted': report.deleted.facts,
          },
        },
      ],
    };
  },
};
