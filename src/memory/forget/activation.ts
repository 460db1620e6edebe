// Activation of a memory (entity or fact): ACT-R base-level learning, A = ln(Σ_j (t - t_j)^-d), over its uses.
//
// Each use (mentioned by an ingest, returned by recall/ragQuery, edited by hand) appends its time to the
// node's `accessLog` (epoch ms, last ACCESS_LOG_SIZE uses kept). Time is measured in hours, +1 so a use
// "right now" counts as 1 and not infinity. Pinned memories never decay.

export const ActivationParams = {
  /** Decay exponent d of ACT-R (0.5 is the standard value from the literature). */
  decay: 0.5,
  /** Uses remembered per node; older ones are dropped (their contribution is tiny anyway). */
  accessLogSize: 50,
  /** Time unit for ages, in ms (hours). */
  unitMs: 3_600_000,
} as const;

/** Activation computed in Cypher for node `alias`, with `$nowMs` the current epoch ms. Null log -> a single use at createdAt. */
export function activationCypher(alias: string, nowParam = '$nowMs'): string {
  const log = `coalesce(${alias}.accessLog, [coalesce(${alias}.createdAt.epochMillis, ${nowParam})])`;
  return `CASE WHEN coalesce(${alias}.pinned, false) THEN 10.0 ELSE log(reduce(s = 0.0, t IN ${log} | s + ((toFloat(${nowParam} - t) / ${ActivationParams.unitMs}) + 1.0) ^ (-${ActivationParams.decay}))) END`;
}

/** The same formula in TypeScript, for tests and explanations. */
export function activation(useTimesMs: number[], nowMs: number, pinned = false): number {
  if (pinned) return 10;
  const sum = useTimesMs.reduce((s, t) => s + ((nowMs - t) / ActivationParams.unitMs + 1) ** -ActivationParams.decay, 0);
  return Math.log(sum);
}
