import { randomUUID } from 'node:crypto';
import { CalendarDate, addDays, dateInZone, endOfDayInstant } from '@app/kernel';
import { EventStore, NewEvent, appendBatch, eventIdFor, type StreamAppend } from '@app/event-store';
import type { Clock } from '@app/platform/clock';
import type { INestApplicationContext } from '@nestjs/common';
import { ReadModelReader } from '@app/platform/projections';
import { DEADLINE_SCHEDULE, DeadlineQueues, SCHEDULE_KEYS, isGroupJob } from '@app/follow-up/processing';
import { bundledDueRules, recommendationDecider, recommendationStream } from '@app/follow-up';
import { indonesianCalendar, officerEverywhere, paser } from '@app/follow-up/testing';

/** The system clock shifted by an offset that `set` chooses: time still flows, BullMQ's timers agree with it. */
export class OffsetClock implements Clock {
  private offsetMs = 0;
  /** How far ahead of the system clock it runs, for a worker in another process to follow. */
  get offset(): number {
    return this.offsetMs;
  }
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

export const progress = (line: string): void => void process.stderr.write(`  … ${line}\n`);

/** Polls until `condition` holds, printing `status` every 10 s; a Redis query timed out by a long projection commit is asked again. */
export async function waitFor(what: string, condition: () => Promise<boolean> | boolean, timeoutMs: number, status?: () => Promise<string> | string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let report = Date.now() + 10_000;
  // A query of the shared client may time out (750 ms) while Redis runs a projection's large commit: ask again.
  const holds = async () => {
    try {
      return await condition();
    } catch (error) {
      if ((error as Error).message !== 'Command timed out') throw error;
      return false;
    }
  };
  while (!(await holds())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    if (status && Date.now() > report) {
      progress(`${what}: ${await status()}`);
      report = Date.now() + 10_000;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What the burst needs from the worker, in this process or in another: its clock and its schedule. */
export interface WorkerProbe {
  /** Moves the bench's clock, and the worker's with it, to `instant`. */
  setClock(instant: Date): Promise<void>;
  /** Steps the deadline schedule holds pending. */
  pendingSteps(): Promise<number>;
}

/** A worker app running in this process, on `clock`. */
export function inProcessProbe(app: INestApplicationContext, clock: OffsetClock): WorkerProbe {
  const queues = app.get(DeadlineQueues);
  const reader = app.get(ReadModelReader);
  return {
    setClock: async (instant) => clock.set(instant),
    pendingSteps: async () => {
      const view = await reader.active(DEADLINE_SCHEDULE);
      return view ? Number(await queues.connection.zcard(view.key(SCHEDULE_KEYS.pending))) : 0;
    },
  };
}

/**
 * The burst both deadline benches measure: `count` recommendations due at the end of one day (three
 * days ahead, WITA), appended while that day is a day away, then waited for until the deadline
 * schedule holds every one of their steps. The clock is left a day before the instant.
 */
export async function appendBurst(worker: WorkerProbe, store: EventStore, clock: OffsetClock, count: number): Promise<{ dueAt: Date; appendSeconds: number }> {
  const today = dateInZone(clock.now(), 'WITA');
  const dueOn = addDays(today, 3);
  const dueAt = endOfDayInstant(dueOn, 'WITA');
  await worker.setClock(new Date(dueAt.getTime() - 86_400_000));
  const before = await worker.pendingSteps();
  const appendStarted = Date.now();
  await appendRecommendations(store, count, { issuedOn: today, dueOn, now: clock.now() });
  const appendSeconds = (Date.now() - appendStarted) / 1000;
  await waitFor('the schedule to hold every deadline', async () => (await worker.pendingSteps()) >= before + 2 * count, 600_000);
  return { dueAt, appendSeconds };
}

/** Steps waiting in delayed `deadlines` jobs: a burst due at one instant is queued as groups of steps. */
export async function delayedSteps(queues: DeadlineQueues): Promise<number> {
  let steps = 0;
  for (let start = 0; ; start += 1_000) {
    const jobs = await queues.deadlines.getDelayed(start, start + 999);
    for (const job of jobs) steps += job && isGroupJob(job.data) ? job.data.steps.length : 1;
    if (jobs.length < 1_000) return steps;
  }
}
