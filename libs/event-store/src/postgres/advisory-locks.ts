/**
 * Keys of the transaction-level advisory locks this store takes (per database). Arbitrary but
 * fixed: every process writing to the same database must use the same keys.
 */
export const ADVISORY_LOCKS = {
  /** Held from before an append draws its first position until it commits. */
  append: 7_166_010_001n,
  /** Held while a process checks and applies migrations. */
  migrate: 7_166_010_002n,
} as const;
