// The ingest queue lives in Neo4j: an Episode with status PENDING is queued. Any number of server instances share
// it; a lease on the User node lets one instance at a time extract a user's episodes, in the order they came.
import { episodeProjection } from '../projections.ts';

/** A queued episode's place in its user's queue: ingested first, then happened first, then input order. */
const QUEUE_ORDER = 'ep.ingestedAt, ep.occurredAt, ep.queueIndex, ep.id';

/** Users whose first queued episode is due and whom no live lease holds, longest waiting first. */
export const DUE_USERS = `
MATCH (ep:Episode {status: 'PENDING'})
WITH ep ORDER BY ${QUEUE_ORDER}
WITH ep.userId AS userId, head(collect(ep)) AS first
WHERE first.nextAttemptAt <= datetime($now)
OPTIONAL MATCH (u:User {id: userId})
WITH userId, first, u WHERE u.ingestLeaseUntil IS NULL OR u.ingestLeaseUntil < datetime($now)
RETURN userId ORDER BY first.nextAttemptAt LIMIT toInteger($limit)`;

// Writing the probe first takes the User node's write lock, so the lease read after it is the latest committed one:
// of two instances claiming at once, the second sees the first's lease (Neo4j's documented way to avoid a lost update).
export const CLAIM_USER = `
MATCH (u:User {id: $userId})
SET u.ingestLeaseProbe = true
REMOVE u.ingestLeaseProbe
WITH u WHERE u.ingestLeaseUntil IS NULL OR u.ingestLeaseUntil < datetime($now) OR u.ingestLeaseOwner = $owner
SET u.ingestLeaseOwner = $owner, u.ingestLeaseUntil = datetime($now) + duration({milliseconds: $leaseMs})
RETURN u.id AS id`;

export const RELEASE_USER = `
MATCH (u:User {id: $userId}) WHERE u.ingestLeaseOwner = $owner
REMOVE u.ingestLeaseOwner, u.ingestLeaseUntil`;

/** The head of one user's queue, as the extraction pipeline takes it. */
export const QUEUED_EPISODES = `
MATCH (ep:Episode {userId: $userId, status: 'PENDING'})
WITH ep ORDER BY ${QUEUE_ORDER}
LIMIT toInteger($limit)
RETURN ep {.id, .content, .source, .sourceRef, .contentHash, .dedupKey, .speaker, .conversationId,
  queueIndex: coalesce(ep.queueIndex, 0), badOutputs: coalesce(ep.badOutputs, 0),
  occurredAt: toString(ep.occurredAt), due: ep.nextAttemptAt <= datetime($now)} AS episode`;

// A pack that failed is tried again after `delayMs`. A bad output counts against each episode; an episode tried
// alone that reaches the limit is FAILED and leaves the queue, keeping its error.
export const POSTPONE_EPISODES = `
UNWIND $ids AS id
MATCH (ep:Episode {id: id}) WHERE ep.userId = $userId AND ep.status = 'PENDING'
WITH ep, coalesce(ep.badOutputs, 0) + toInteger($badOutput) AS badOutputs
WITH ep, badOutputs, badOutputs >= $failAt AS failed
SET ep.attempts = coalesce(ep.attempts, 0) + 1, ep.badOutputs = badOutputs, ep.processingError = $error,
    ep.status = CASE WHEN failed THEN 'FAILED' ELSE 'PENDING' END,
    ep.nextAttemptAt = CASE WHEN failed THEN null ELSE datetime($now) + duration({milliseconds: $delayMs}) END
RETURN failed, ${episodeProjection('ep')} AS episode`;

/** A FAILED episode back in the queue, due at once, its bad outputs forgiven (the error stays until it succeeds). */
export const RETRY_EPISODE = `
MATCH (ep:Episode {id: $episodeId}) WHERE ep.userId = $userId
WITH ep, ep.status AS before
SET ep.status = CASE WHEN before = 'FAILED' THEN 'PENDING' ELSE ep.status END,
    ep.badOutputs = CASE WHEN before = 'FAILED' THEN 0 ELSE ep.badOutputs END,
    ep.nextAttemptAt = CASE WHEN before = 'FAILED' THEN datetime($now) ELSE ep.nextAttemptAt END
RETURN before, ${episodeProjection('ep')} AS episode`;
