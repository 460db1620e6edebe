// Puts a FAILED queued episode back in its user's queue (the retryEpisode mutation).
import { BadUserInputError, NotFoundError } from '../../errors/index.ts';
import type { ApiNode, IngestServices } from '../ingest/types.ts';
import { RETRY_EPISODE } from './queue-queries.ts';

/** Requeues the user's FAILED episode and announces it; another user's id answers like an unknown one. */
export async function retryEpisode(
  services: IngestServices,
  userId: string,
  episodeId: string,
): Promise<ApiNode> {
  const { records } = await services.driver.executeQuery(
    RETRY_EPISODE,
    { userId, episodeId, now: services.now().toISOString() },
    { database: services.database },
  );
  const record = records[0];
  if (!record) throw new NotFoundError('Episode', episodeId);
  const before = (record.get('before') as string | null) ?? 'PROCESSED';
  if (before !== 'FAILED')
    throw new BadUserInputError(`only a FAILED episode can be retried; this one is ${before}`, { episodeId });
  const episode = record.get('episode') as ApiNode;
  await services.events.publish([{ kind: 'EPISODE_UPDATED', userId, nodeId: episode.id, episode }]);
  services.ingestQueue?.wake();
  return episode;
}
