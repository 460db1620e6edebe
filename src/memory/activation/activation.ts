// Activation of a memory (entity or fact): ACT-R base-level learning, A = ln(Σ_j (t - t_j)^-d), over its uses.
//
// Each use (mentioned by an ingest, returned by recall/ragQuery, edited by hand) appends its time to the
// node's `accessLog` (epoch ms, last ACCESS_LOG_SIZE uses kept). Time is measured in hours, +1 so a use
// "right now" counts as 1 and not infinity. Pinned memories never decay. See docs/activation-and-forgetting.md.

export const ActivationParams = {
  /** Decay exponent d of ACT-R (0.5 is the standard value from the literature). */
  decay: 0.5,
  /** Uses remembered per node; older ones are dropped (their contribution is tiny anyway). */
  accessLogSize: 50,
  /** Time unit for ages, in ms (hours). */
  unitMs: 3_600_000,
  /** Activation reported for pinned memories: above anything ~50 uses can reach (ln 50 ≈ 3.9). */
  pinned: 10,
} as const;

/** Cypher test that `expr` is a list of epoch-ms numbers (anything else is treated as no log). */
export function isUseLog(expr: string): string {
  // Stored lists hold one type, and Neo4j 5.26 does not match a stored list against LIST<INTEGER | FLOAT>.
  return `(${expr} IS :: LIST<FLOAT NOT NULL> NOT NULL OR ${expr} IS :: LIST<INTEGER NOT NULL> NOT NULL)`;
}

/** Activation computed in Cypher for node `alias`, with `$nowMs` the current epoch ms. Null log -> a single use at createdAt. */
export function activationCypher(alias: string, nowParam = '$nowMs'): string {
  // Type checks rather than trust: the generated CRUD and old data can leave odd values, and one bad node must
  // not make recall or the forgetting pass fail for everyone.
  const created = `CASE WHEN ${alias}.createdAt IS :: ZONED DATETIME THEN ${alias}.createdAt.epochMillis END`;
  const log = `CASE WHEN ${isUseLog(`${alias}.accessLog`)} AND size(${alias}.accessLog) > 0
    THEN ${alias}.accessLog ELSE [coalesce(${created}, ${nowParam})] END`;
  // A use stamped after `now` (clock skew, a replayed import) counts as "just now" rather than producing NaN.
  const age = `CASE WHEN ${nowParam} > t THEN toFloat(${nowParam} - t) ELSE 0.0 END`;
  return `CASE WHEN ${alias}.pinned = true THEN ${ActivationParams.pinned}.0 ELSE log(reduce(s = 0.0, t IN ${log} | s + ((${age}) / ${ActivationParams.unitMs} + 1.0) ^ (-${ActivationParams.decay}))) END`;
}

/** The same formula in TypeScript, for tests and explanations. */
export function activation(useTimesMs: number[], nowMs: number, pinned = false): number {
  if (pinned) return ActivationParams.pinned;
  const sum = useTimesMs.reduce(
    (s, t) => s + (Math.max(0, nowMs - t) / ActivationParams.unitMs + 1) ** -ActivationParams.decay,
    0,
  );
  return Math.log(sum);
}
