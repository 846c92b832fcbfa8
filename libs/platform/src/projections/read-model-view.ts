import { encodeText } from './read-model-text';

/**
 * One generation of a read model, as query code sees it: the active one, or an auditor's
 * scratch replay. Queries written against a view answer the same way from either.
 */
export interface ReadModelView {
  readonly name: string;
  readonly generation: string;
  /** Prefix of every key of the generation. */
  readonly keyPrefix: string;
  /** Last applied position when the view was taken. */
  readonly checkpoint: bigint;
  /** Full Redis key of a projection's relative key, encoded as the projection's writes encode it. */
  key(relative: string): string;
}

export function viewOf(name: string, generation: string, keyPrefix: string, checkpoint: bigint): ReadModelView {
  return { name, generation, keyPrefix, checkpoint, key: (relative) => keyPrefix + encodeText(relative) };
}
