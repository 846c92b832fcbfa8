import { randomUUID } from 'node:crypto';
import type { RedisClient } from '@app/platform/redis';
import type { ReadModelReader } from '@app/platform/projections';
import { DEADLINE_SCHEDULE, SCHEDULE_KEYS, parsePendingMember, pendingMember } from './deadline-schedule.projection';

export interface PendingStep {
  stream: string;
  stepKey: string;
  /** The step's instant (ms). */
  at: number;
  /** The subject's current deadline version; null when the schedule has none (closed). */
  version: number | null;
  /** Checkpoint of the schedule it was read from (decimal log position). */
  since: string;
}

// Only while the member still stands for that instant and version: the projection may have moved
// it to a new deadline version (same member, new score) since it was read.
const FORGET = `
local score = redis.call('zscore', KEYS[1], ARGV[1])
if not score or tonumber(score) ~= tonumber(ARGV[2]) then return 0 end
local version = redis.call('hget', KEYS[2], ARGV[3])
if version and version ~= ARGV[4] then return 0 end
return redis.call('zrem', KEYS[1], ARGV[1])`;

/** Reads the deadline-schedule projection's active generation (whichever a rebuild left active). */
export class PendingSteps {
  constructor(
    private readonly reader: ReadModelReader,
    private readonly redis: RedisClient,
  ) {}

  /**
   * Every step due after `after` (exclusive; null: from the start) and by `until`, in pages.
   * Pages come from a snapshot (ZRANGESTORE) so that steps the projection removes meanwhile
   * cannot shift later pages past unread entries. The snapshot lives beside the schedule, in its
   * generation's namespace (so in its Redis Cluster slot, as ZRANGESTORE requires, and deleted
   * with the generation should this process die before it does).
   */
  async *dueBetween(after: number | null, until: number, pageSize = 1_000): AsyncGenerator<PendingStep[]> {
    const view = await this.reader.active(DEADLINE_SCHEDULE);
    if (!view) return;
    const snapshot = `${view.keyPrefix}@sweep-snapshot:${randomUUID()}`;
    const min = after === null ? '-inf' : `(${after}`;
    const total = Number(await this.redis.call('zrangestore', snapshot, view.key(SCHEDULE_KEYS.pending), min, String(until), 'BYSCORE'));
    try {
      await this.redis.pexpire(snapshot, 600_000);
      for (let start = 0; start < total; start += pageSize) {
        const flat = await this.redis.zrange(snapshot, start, start + pageSize - 1, 'WITHSCORES');
        const entries: Array<{ stream: string; stepKey: string; at: number }> = [];
        for (let i = 0; i < flat.length; i += 2) {
          const parsed = parsePendingMember(flat[i]);
          if (parsed) entries.push({ ...parsed, at: Number(flat[i + 1]) });
        }
        const streams = [...new Set(entries.map((e) => e.stream))];
        const versions = streams.length > 0 ? await this.redis.hmget(view.key(SCHEDULE_KEYS.versions), ...streams) : [];
        const versionOf = new Map(streams.map((stream, i) => [stream, versions[i] === null ? null : Number(versions[i])]));
        yield entries.map((e) => ({ ...e, version: versionOf.get(e.stream) ?? null, since: view.checkpoint.toString() }));
      }
    } finally {
      await this.redis.unlink(snapshot);
    }
  }

  /**
   * Whether the schedule still holds this step for this instant and version. False once the
   * deadline moved or the subject closed (however that was learnt); true while the schedule has
   * not reached `since` (or does not exist: RedisClient emptied): nothing can be said against the job.
   */
  async isScheduled(step: { stream: string; stepKey: string; at: number; version: number; since: string }): Promise<boolean> {
    const view = await this.reader.active(DEADLINE_SCHEDULE);
    if (!view || view.checkpoint < BigInt(step.since)) return true;
    const [score, version] = await Promise.all([
      this.redis.zscore(view.key(SCHEDULE_KEYS.pending), pendingMember(step.stream, step.stepKey)),
      this.redis.hget(view.key(SCHEDULE_KEYS.versions), step.stream),
    ]);
    return score !== null && Number(score) === step.at && version === String(step.version);
  }

  /**
   * The steps of `steps` the schedule still holds, as isScheduled judges each, in two commands
   * for the lot (a group of steps due at one instant).
   */
  async stillScheduled<T extends { stream: string; stepKey: string; at: number; version: number; since: string }>(steps: T[]): Promise<T[]> {
    const view = await this.reader.active(DEADLINE_SCHEDULE);
    if (!view || steps.length === 0) return steps;
    const members = steps.map((s) => pendingMember(s.stream, s.stepKey));
    const [scores, versions] = await Promise.all([
      this.redis.call('zmscore', view.key(SCHEDULE_KEYS.pending), ...members) as Promise<Array<string | null>>,
      this.redis.hmget(view.key(SCHEDULE_KEYS.versions), ...steps.map((s) => s.stream)),
    ]);
    return steps.filter((s, i) => view.checkpoint < BigInt(s.since) || (scores[i] !== null && Number(scores[i]) === s.at && versions[i] === String(s.version)));
  }

  /** `forget` for many steps, in one pipeline. */
  async forgetAll(steps: Array<{ stream: string; stepKey: string; at: number; version: number | null }>): Promise<void> {
    const view = await this.reader.active(DEADLINE_SCHEDULE);
    if (!view || steps.length === 0) return;
    const keys = [view.key(SCHEDULE_KEYS.pending), view.key(SCHEDULE_KEYS.versions)];
    const pipeline = this.redis.pipeline();
    for (const step of steps) pipeline.eval(FORGET, 2, ...keys, pendingMember(step.stream, step.stepKey), String(step.at), step.stream, step.version === null ? '' : String(step.version));
    await pipeline.exec();
  }

  /**
   * Drops a step nobody will ever record (closed subject, pointless reminder, a step of an old
   * policy) so sweeps stop finding it. A rebuild may bring it back; it is then dropped again.
   */
  async forget(step: { stream: string; stepKey: string; at: number; version: number | null }): Promise<boolean> {
    const view = await this.reader.active(DEADLINE_SCHEDULE);
    if (!view) return false;
    const keys = [view.key(SCHEDULE_KEYS.pending), view.key(SCHEDULE_KEYS.versions)];
    const member = pendingMember(step.stream, step.stepKey);
    const removed = await this.redis.eval(FORGET, 2, ...keys, member, String(step.at), step.stream, step.version === null ? '' : String(step.version));
    return removed === 1;
  }
}
