import { randomBytes, randomUUID } from 'node:crypto';
import { escapeGlob } from '../redis/redis-client';

/**
 * Where a projection lives in Redis (p = REDIS_KEY_PREFIX, n = projection name):
 *   p rm:{n}:active                   generation queries read (a string)
 *   p rm:{n}:generations              set of generations not yet deleted (abandoned rebuilds are swept)
 *   p rm:{n}:rebuild-lock             token of the process rebuilding n (SET NX PX, renewed)
 *   p rm:{n}:<gen>:@checkpoint        global position of the last applied event, decimal ("0": none)
 *   p rm:{n}:<gen>:@checkpointAt      recordedAt of that event (ISO-8601), for lag
 *   p rm:{n}:<gen>:@version           projection version that built the generation
 *   p rm:{n}:<gen>:@fault             JSON of the fault that stopped a runner on this generation (any process), until one tries again
 *   p rm:{n}:<gen>:<relative key>     the read model's own keys
 * Generations are `v<version>.<8 hex>` (rebuilds) or `scratch-<uuid>` (auditors' replays), so
 * they never collide with `active`, `generations` or `rebuild-lock`.
 *
 * `{n}` is a Redis Cluster hash tag: every key of a projection, in every generation, hashes to
 * one slot, because they meet in one script (a batch's commit checks the active pointer and the
 * checkpoint while it writes the model; a rebuild's swap checks the lock and the versions) and in
 * one multi-key read or pipeline (a query reads several keys of the active generation). Different
 * projections land in different slots, so a cluster spreads them over its masters. On one Redis
 * the braces are only characters.
 */
export class ProjectionKeys {
  /** `p rm:{n}:`, the start of every key of the projection. */
  readonly base: string;
  readonly active: string;
  readonly generations: string;
  readonly rebuildLock: string;

  constructor(
    readonly keyPrefix: string,
    readonly name: string,
  ) {
    this.base = `${keyPrefix}rm:{${name}}:`;
    this.active = `${this.base}active`;
    this.generations = `${this.base}generations`;
    this.rebuildLock = `${this.base}rebuild-lock`;
  }

  /** Prefix of every key of `generation`; projections' relative keys are appended to it. */
  namespace(generation: string): string {
    return `${this.base}${generation}:`;
  }

  checkpoint(generation: string): string {
    return `${this.namespace(generation)}@checkpoint`;
  }

  checkpointAt(generation: string): string {
    return `${this.namespace(generation)}@checkpointAt`;
  }

  version(generation: string): string {
    return `${this.namespace(generation)}@version`;
  }

  fault(generation: string): string {
    return `${this.namespace(generation)}@fault`;
  }

  /** SCAN MATCH pattern for every key of `generation`. */
  pattern(generation: string): string {
    return `${escapeGlob(this.namespace(generation))}*`;
  }
}

export function newGeneration(version: number): string {
  return `v${version}.${randomBytes(4).toString('hex')}`;
}

export function scratchGeneration(): string {
  return `scratch-${randomUUID()}`;
}
