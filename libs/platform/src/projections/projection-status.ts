import type { RecordedEvent } from '@app/event-store';
import { readActive } from './generations';
import type { Projection } from './projection';
import { ProjectionKeys } from './projection-keys';
import type { RunnerFault } from './projection-runner';
import type { ReadSide } from './read-side';

/** Counting stops here: past it, "how far behind" matters less than "very". */
export const EVENTS_BEHIND_CAP = 100_000;

export interface ProjectionStatus {
  name: string;
  /** The projection's version in this build. */
  version: number;
  /** Active generation, null before any runner started. */
  generation: string | null;
  /** Version that built the active generation. */
  generationVersion: number | null;
  checkpoint: bigint;
  checkpointAt: string | null;
  headPosition: bigint;
  /** Matching events after the checkpoint, counted up to EVENTS_BEHIND_CAP. */
  eventsBehind: number;
  /** True when there are at least `eventsBehind` (the count stopped at the cap): shown as "100000+". */
  eventsBehindCapped: boolean;
  /** Seconds since the oldest unapplied matching event was recorded; 0 when caught up. */
  secondsBehind: number;
  /** The fault a runner (in any process) recorded on the active generation and has not retried since; null when none. */
  fault: RunnerFault | null;
}

/** Lag is measured against the log, not the runner: it is right whichever process runs the projection. */
export async function projectionStatus(readSide: ReadSide, projection: Projection, cap = EVENTS_BEHIND_CAP): Promise<ProjectionStatus> {
  const keys = new ProjectionKeys(readSide.keyPrefix, projection.name);
  const [active, headPosition] = await Promise.all([readActive(readSide.redis, keys), readSide.store.headPosition()]);
  const checkpoint = active?.checkpoint ?? 0n;
  const fault = active ? parseFault(await readSide.redis.get(keys.fault(active.generation))) : null;
  let eventsBehind = 0;
  let oldest: RecordedEvent | undefined;
  for await (const event of readSide.store.readAll({ fromPosition: checkpoint, filter: projection.filter, maxCount: cap + 1 })) {
    oldest ??= event;
    eventsBehind++;
  }
  const capped = eventsBehind > cap;
  const secondsBehind = oldest ? Math.max(0, readSide.clock.now().getTime() - Date.parse(oldest.metadata.recordedAt)) / 1000 : 0;
  return {
    name: projection.name,
    version: projection.version,
    generation: active?.generation ?? null,
    generationVersion: active?.version ?? null,
    checkpoint,
    checkpointAt: active?.checkpointAt ?? null,
    headPosition,
    eventsBehind: capped ? cap : eventsBehind,
    eventsBehindCapped: capped,
    secondsBehind,
    fault,
  };
}

function parseFault(stored: string | null): RunnerFault | null {
  if (stored === null) return null;
  try {
    return JSON.parse(stored) as RunnerFault;
  } catch {
    return { position: null, eventType: null, stream: null, revision: null, error: stored, at: '' };
  }
}
