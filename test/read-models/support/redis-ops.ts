import type { RedisClient } from '@app/platform/redis';
import type { RecordedEvent } from '@app/event-store';
import { encodeOp, viewOf, type Projection, type ReadModelView, type RedisArg } from '@app/platform/projections';

/**
 * Applies a projection straight to Redis under `prefix`, without a runner: for suites that
 * exercise queries on many shapes of data quickly. Returns a view over it.
 */
export async function applyToRedis(redis: RedisClient, prefix: string, projection: Projection, events: Array<{ stream: string; type: string; data: unknown }>): Promise<ReadModelView> {
  const revisions = new Map<string, number>();
  const pipeline = redis.pipeline();
  events.forEach((event, i) => {
    const revision = (revisions.get(event.stream) ?? -1) + 1;
    revisions.set(event.stream, revision);
    const recorded = { id: `e${i}`, stream: event.stream, revision, position: BigInt(i + 1), type: event.type, data: event.data, metadata: {} } as unknown as RecordedEvent;
    const out: RedisArg[] = [];
    for (const operation of projection.apply(recorded)) encodeOp(prefix, operation, out);
    for (let at = 0; at < out.length; ) {
      const argc = Number(out[at]);
      const [command, ...args] = out.slice(at + 1, at + 1 + argc);
      pipeline.call(String(command), ...args);
      at += argc + 1;
    }
  });
  await pipeline.exec();
  return viewOf(projection.name, 'test', prefix, BigInt(events.length));
}
