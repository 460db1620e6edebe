// Runs the forgetting pass for every user at a fixed interval, one pass at a time, without keeping the process alive.
import type { Logger } from 'pino';
import { type ForgettingPassServices, runForgettingPass } from './forgetting-pass.ts';
import type { ForgetPolicy } from './policy.ts';

export interface ForgettingScheduleServices extends ForgettingPassServices {
  logger: Logger;
  now: () => Date;
}

export interface ForgettingScheduleOptions {
  /** 0 disables the schedule. */
  intervalMs: number;
  /** Limits the schedule to one user; by default every user is processed in one sweep. */
  userId?: string;
  policy: ForgetPolicy;
}

export interface ForgettingSchedule {
  /** Cancels the next run and waits for (and interrupts, between batches) one in progress. */
  stop(): Promise<void>;
}

/** Starts the periodic pass; each run is scheduled only after the previous one ended, so runs never overlap. */
export function startForgettingSchedule(
  services: ForgettingScheduleServices,
  options: ForgettingScheduleOptions,
): ForgettingSchedule {
  if (options.intervalMs <= 0) return { stop: async () => {} };
  const logger = services.logger.child({ component: 'forgetting' });
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const runOnce = async () => {
    try {
      const report = await runForgettingPass(services, {
        userId: options.userId,
        now: services.now(),
        policy: options.policy,
        signal: abort.signal,
      });
      logger.info(
        {
          scanned: report.scanned,
          archived: { entities: report.archived.entities, facts: report.archived.facts },
          deleted: {
            entities: report.deleted.entities,
            facts: report.deleted.facts,
            episodes: report.deleted.episodes,
          },
          completed: report.completed,
          durationMs: report.durationMs,
        },
        'forgetting pass done',
      );
    } catch (err) {
      // A failed pass (Neo4j down, schema not ready yet) is retried at the next interval; it must never crash the server.
      logger.error({ err }, 'forgetting pass failed');
    }
  };

  const schedule = () => {
    if (abort.signal.aborted) return;
    timer = setTimeout(() => {
      running = runOnce().finally(() => {
        running = undefined;
        schedule();
      });
    }, options.intervalMs);
    timer.unref();
  };

  schedule();
  logger.info({ intervalMs: options.intervalMs, policy: options.policy }, 'forgetting schedule started');
  return {
    async stop() {
      abort.abort();
      clearTimeout(timer);
      await running;
    },
  };
}
