import type { EventStore } from '@app/event-store';
import { STEP_EVENT_TYPES, deadlineFactOf } from '@app/follow-up/processing';
import { waitUntil as pollUntil } from '../../support/wait-until';

export interface RecordedStep {
  stream: string;
  version: number;
  step: string;
  eventId: string;
  recordedAt: string;
}

/** Every deadline step recorded in the log, in log order. */
export async function recordedSteps(store: EventStore): Promise<RecordedStep[]> {
  const steps: RecordedStep[] = [];
  for await (const event of store.readAll({ filter: { eventTypes: [...STEP_EVENT_TYPES] } })) {
    const fact = deadlineFactOf(event);
    if (fact?.kind === 'step-recorded') {
      steps.push({ stream: event.stream, version: fact.version, step: fact.stepKey, eventId: event.id, recordedAt: event.metadata.recordedAt });
    }
  }
  return steps;
}

/** `<stream>|v<version>|<step>` keys that occur more than once. */
export function duplicates(steps: RecordedStep[]): string[] {
  const seen = new Map<string, number>();
  for (const s of steps) seen.set(`${s.stream}|v${s.version}|${s.step}`, (seen.get(`${s.stream}|v${s.version}|${s.step}`) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([key]) => key);
}

/** Polls `condition` until true; fails naming `what` after `timeoutMs` (see test/support/wait-until.ts). */
export function waitUntil(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 20_000): Promise<void> {
  return pollUntil(condition, what, timeoutMs, 20);
}
