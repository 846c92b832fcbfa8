import { randomUUID } from 'node:crypto';
import { CalendarDate } from '@app/kernel';
import { EventStore, NewEvent, appendBatch, eventIdFor, type StreamAppend } from '@app/event-store';
import type { Clock } from '@app/platform/clock';
import { bundledDueRules, recommendationDecider, recommendationStream } from '@app/follow-up';
import { indonesianCalendar, officerEverywhere, paser } from '@app/follow-up/testing';

/** The system clock shifted by an offset that `set` chooses: time still flows, BullMQ's timers agree with it. */
export class OffsetClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  set(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }
}

/**
 * Appends recommendations decided by the real decider (one stream each, as production writes
 * them). `dueAt` overrides the decided end-of-day instant, so deadlines can fall due seconds
 * apart while the worker runs (the steps' decider only compares instants). Committed 100 at a
 * time, so that setting up 100,000 deadlines takes seconds, not minutes (larger commits make the
 * projections' Lua commits long enough to time out the shared client's queries).
 */
export async function appendRecommendations(
  store: EventStore,
  count: number,
  options: { issuedOn: CalendarDate; dueOn: CalendarDate; now: Date; dueAt?: (i: number) => string },
): Promise<void> {
  let batch: StreamAppend[] = [];
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    const [issued] = recommendationDecider.decide(
      {
        type: 'IssueRecommendation',
        data: { recommendationId: id, entityCode: paser.entityCode, kind: 'rekomendasi', source: { type: 'lahp', ref: `LAHP/${i}/bench` }, title: `Bench #${i}`, issuedOn: options.issuedOn, dueOn: options.dueOn },
        actor: officerEverywhere,
        now: options.now,
        context: { provider: paser, dueRules: bundledDueRules(), calendar: indonesianCalendar },
      },
      null,
    );
    const data = issued.data as unknown as Record<string, unknown> & { deadline: { dueAt: string } };
    if (options.dueAt) data.deadline = { ...data.deadline, dueAt: options.dueAt(i) };
    const commandId = randomUUID();
    const event: NewEvent = {
      id: eventIdFor(commandId, 0),
      type: issued.type,
      data,
      metadata: { schemaVersion: 1, actor: { id: officerEverywhere.id, role: 'officer' }, commandId, correlationId: commandId, causationId: commandId, occurredAt: options.now.toISOString() },
    };
    batch.push({ stream: recommendationStream(id), events: [event], expected: 'no_stream' });
    if (batch.length === 100 || i === count - 1) {
      await appendBatch(store, batch);
      batch = [];
    }
  }
}
