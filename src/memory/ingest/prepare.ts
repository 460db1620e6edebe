// Validation of ingest inputs and the keys that make re-ingest a no-op.
import { createHash } from 'node:crypto';
import type { Config } from '../../config/index.ts';
import { BadUserInputError, LimitExceededError } from '../../errors/index.ts';
import type { IngestInput, PreparedEpisode } from './types.ts';

const MAX_SPEAKER_CHARS = 200;
const MAX_CONVERSATION_ID_CHARS = 500;

/** Checks an input against the limits and gives it its content hash and dedup key. */
export function prepareEpisode(
  input: IngestInput,
  index: number,
  now: Date,
  config: Pick<Config, 'MAX_CONTENT_CHARS'>,
): PreparedEpisode {
  const content = input.content.trim();
  if (!content) throw new BadUserInputError('content must not be empty', { index });
  if (content.length > config.MAX_CONTENT_CHARS)
    throw new LimitExceededError('content length', config.MAX_CONTENT_CHARS, content.length);
  let occurredAt = now.toISOString();
  if (input.occurredAt) {
    const parsed = new Date(input.occurredAt);
    if (Number.isNaN(parsed.getTime()))
      throw new BadUserInputError('occurredAt is not a valid date-time', { index });
    occurredAt = parsed.toISOString();
  }
  const contentHash = createHash('sha256').update(content).digest('hex');
  const sourceRef = input.sourceRef?.trim() || null;
  const speaker = input.speaker?.trim() || null;
  const conversationId = input.conversationId?.trim() || null;
  if ((speaker?.length ?? 0) > MAX_SPEAKER_CHARS)
    throw new BadUserInputError(`speaker must be at most ${MAX_SPEAKER_CHARS} characters`, { index });
  if ((conversationId?.length ?? 0) > MAX_CONVERSATION_ID_CHARS)
    throw new BadUserInputError(`conversationId must be at most ${MAX_CONVERSATION_ID_CHARS} characters`, {
      index,
    });
  // Without a sourceRef, "ok, thanks" in two conversations (or from two speakers) is two episodes, not one.
  const turnHash = conversationId
    ? createHash('sha256')
        .update(`${conversationId}\n${speaker ?? ''}\n${content}`)
        .digest('hex')
    : null;
  return {
    index,
    ref: `ep${index + 1}`,
    content,
    source: input.source?.trim() || 'manual',
    sourceRef,
    occurredAt,
    contentHash,
    // The caller's own id wins: the same message edited later is still the same episode.
    dedupKey: sourceRef ? `ref:${sourceRef}` : turnHash ? `turn:${turnHash}` : `hash:${contentHash}`,
    speaker,
    conversationId,
  };
}
