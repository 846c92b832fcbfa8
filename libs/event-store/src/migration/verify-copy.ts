import type { EventStore } from '../event-store.port';
import { summarizeLog, type ChainBreak, type LogSummary } from './log-summary';

export interface CopyVerdict {
  ok: boolean;
  source: LogSummary;
  target: LogSummary;
  /** One line per mismatch, in the operator's words; empty when ok. */
  problems: string[];
}

/** At most this many per-stream count mismatches are listed; the total is always given. */
const LISTED_STREAMS = 20;

/**
 * The copy holds when both logs hold the same number of events in every stream, every hash
 * chain of both verifies, and both logs digest alike in order. A source that was tampered
 * with fails here even though the copy is faithful: its broken chain is named.
 */
export async function verifyCopy(source: EventStore, target: EventStore): Promise<CopyVerdict> {
  const sourceSummary = await summarizeLog(source);
  const targetSummary = await summarizeLog(target);
  const problems = [
    ...sourceSummary.breaks.map((found) => `source: ${describeBreak(found)}`),
    ...targetSummary.breaks.map((found) => `target: ${describeBreak(found)}`),
    ...compareCounts(sourceSummary, targetSummary),
  ];
  if (sourceSummary.digest !== targetSummary.digest) problems.push(`log digests differ: source ${sourceSummary.digest}, target ${targetSummary.digest}`);
  return { ok: problems.length === 0, source: sourceSummary, target: targetSummary, problems };
}

function describeBreak(found: ChainBreak): string {
  return `hash chain of ${found.stream} breaks at revision ${found.revision} (event ${found.eventId}): ${found.reason}`;
}

/** Exported for its unit test: the listing is cut short, the total never is. */
export function compareCounts(source: LogSummary, target: LogSummary): string[] {
  const mismatches: string[] = [];
  for (const stream of new Set([...source.streams.keys(), ...target.streams.keys()])) {
    const inSource = source.streams.get(stream) ?? 0;
    const inTarget = target.streams.get(stream) ?? 0;
    if (inSource !== inTarget) mismatches.push(`stream ${stream}: ${events(inSource)} in the source, ${inTarget} in the target`);
  }
  if (source.events !== target.events) mismatches.unshift(`${events(source.events)} in the source, ${target.events} in the target`);
  if (mismatches.length <= LISTED_STREAMS + 1) return mismatches;
  return [...mismatches.slice(0, LISTED_STREAMS + 1), `… and ${mismatches.length - LISTED_STREAMS - 1} more streams whose counts differ`];
}

function events(count: number): string {
  return count === 1 ? '1 event' : `${count} events`;
}
