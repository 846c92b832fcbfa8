import type { RecordedEvent } from '@app/event-store';
import type { Projection, ProjectionOp } from '../projections';

/**
 * Spec support: applies a projection's ops to plain maps the way Redis would, so projection
 * specs can assert the resulting read model rather than the list of writes.
 */
export class MemoryReadModel {
  readonly hashes = new Map<string, Map<string, string>>();
  readonly sets = new Map<string, Set<string>>();
  readonly zsets = new Map<string, Map<string, number>>();
  readonly strings = new Map<string, string>();
  private position = 0n;
  private readonly revisions = new Map<string, number>();

  constructor(private readonly projection: Projection) {}

  /** Feeds events as if appended to `stream` in this order. */
  feed(stream: string, ...events: Array<{ type: string; data: unknown }>): this {
    for (const event of events) {
      const revision = (this.revisions.get(stream) ?? -1) + 1;
      this.revisions.set(stream, revision);
      this.position += 1n;
      const recorded = { id: `e${this.position}`, stream, revision, position: this.position, type: event.type, data: event.data, metadata: {} } as unknown as RecordedEvent;
      const matches = this.projection.filter.eventTypes?.includes(event.type) ?? true;
      if (matches) this.apply(this.projection.apply(recorded));
    }
    return this;
  }

  hash(key: string): Record<string, string> {
    return Object.fromEntries(this.hashes.get(key) ?? []);
  }

  members(key: string): string[] {
    return [...(this.sets.get(key) ?? [])].sort();
  }

  /** Members of a sorted set with their scores, in Redis order. */
  zrange(key: string): Array<[string, number]> {
    return [...(this.zsets.get(key) ?? [])].sort(([a, x], [b, y]) => x - y || (a < b ? -1 : 1));
  }

  private apply(ops: ProjectionOp[]): void {
    for (const o of ops) {
      switch (o.kind) {
        case 'set':
          this.strings.set(o.key, o.value);
          break;
        case 'del':
          [this.strings, this.hashes, this.sets, this.zsets].forEach((m) => m.delete(o.key));
          break;
        case 'hset':
          Object.entries(o.fields).forEach(([f, v]) => this.of(this.hashes, o.key, () => new Map<string, string>()).set(f, v));
          break;
        case 'hdel':
          o.fields.forEach((f) => this.hashes.get(o.key)?.delete(f));
          break;
        case 'hincrby': {
          const hash = this.of(this.hashes, o.key, () => new Map<string, string>());
          hash.set(o.field, String(Number(hash.get(o.field) ?? 0) + o.by));
          break;
        }
        case 'sadd':
          o.members.forEach((m) => this.of(this.sets, o.key, () => new Set<string>()).add(m));
          break;
        case 'srem':
          o.members.forEach((m) => this.sets.get(o.key)?.delete(m));
          break;
        case 'zadd': {
          const zset = this.zsets.get(o.key);
          if (o.existingOnly) o.entries.forEach(({ score, member }) => zset?.has(member) && zset.set(member, score));
          else o.entries.forEach(({ score, member }) => this.of(this.zsets, o.key, () => new Map<string, number>()).set(member, score));
          break;
        }
        case 'zrem':
          o.members.forEach((m) => this.zsets.get(o.key)?.delete(m));
          break;
      }
    }
  }

  private of<V>(map: Map<string, V>, key: string, create: () => V): V {
    if (!map.has(key)) map.set(key, create());
    return map.get(key) as V;
  }
}
