import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandBus } from '@nestjs/cqrs';
import { addDays, dateInZone, endOfDayInstant } from '@app/kernel';
import { type EventStore, SqliteEventStore, StoreUnavailable, type StreamAppend, UpcasterRegistry } from '@app/event-store';
import { ManualClock } from '@app/platform/clock';
import { AggregateStore } from '@app/platform/commands';
import { CommandBusDeadlineCommands, bundledEscalationLadder, type DeadlineStep, type DeadlineStepOrder } from '@app/follow-up';
import { Recommendations } from '../follow-up/support/recommendations';
import { duplicates, recordedSteps } from '../follow-up/support/step-events';

/** Refuses every append to one stream (a disk fault, a conflict that never clears): the faulty step. */
function faultyOn(store: SqliteEventStore, bad: string, options: { atomic: boolean }): EventStore {
  const refuse = () => Promise.reject(new StoreUnavailable(`cannot write ${bad}`));
  const faulty: EventStore = {
    append: (stream, events, expected) => (stream === bad ? refuse() : store.append(stream, events, expected)),
    readStream: (stream, options) => store.readStream(stream, options),
    readAll: (options) => store.readAll(options),
    subscribe: (options) => store.subscribe(options),
    headPosition: () => store.headPosition(),
    ping: () => store.ping(),
    close: () => store.close(),
  };
  if (options.atomic) faulty.appendAtomically = (appends: StreamAppend[]) => (appends.some((a) => a.stream === bad) ? refuse() : store.appendAtomically!(appends));
  return faulty;
}

/**
 * DeadlineCommands.runMany against a real SQLite log and the real recommendation decider: a batch
 * of steps due at one instant, recorded in one commit, with every guarantee of a single step.
 */
describe('deadline steps recorded in batches', () => {
  let dir: string;
  let store: SqliteEventStore;
  let aggregates: AggregateStore;
  let recommendations: Recommendations;
  const clock = new ManualClock(new Date());
  const bus = { execute: () => Promise.reject(new Error('a batch does not go over the CommandBus')) } as unknown as CommandBus;
  const commandsOn = (on: EventStore) => new CommandBusDeadlineCommands(bus, clock, new AggregateStore(on, new UpcasterRegistry()), on, bundledEscalationLadder());
  const overdue: DeadlineStep = { type: 'overdue' };
  const order = (id: string, step: DeadlineStep = overdue, deadlineVersion = 1): DeadlineStepOrder => ({ subject: { kind: 'recommendation', id }, deadlineVersion, step });
  const stepsOf = async (id: string) => (await recordedSteps(store)).filter((s) => s.stream === `recommendation-${id}`).map((s) => `v${s.version}:${s.step}`);

  /** Recommendations due at the end of yesterday (WITA), with the clock an hour past that instant. */
  async function pastDue(count: number): Promise<string[]> {
    const dueOn = addDays(dateInZone(new Date(), 'WITA'), -1);
    clock.set(new Date(endOfDayInstant(dueOn, 'WITA').getTime() - 3 * 86_400_000));
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push(await recommendations.issue(dueOn));
    clock.set(new Date(endOfDayInstant(dueOn, 'WITA').getTime() + 3_600_000));
    return ids;
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'batched-steps-'));
    store = new SqliteEventStore(join(dir, 'events.db'), { clock: () => clock.now() });
    aggregates = new AggregateStore(store, new UpcasterRegistry());
    recommendations = new Recommendations(aggregates, () => clock.now());
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records each step of a batch once; the same batch run again, or by two replicas at once, records nothing more', async () => {
    const ids = await pastDue(6);
    const commands = commandsOn(store);
    await expect(commands.runMany(ids.map((id) => order(id)))).resolves.toEqual(ids.map(() => 'recorded'));
    await expect(commands.runMany(ids.map((id) => order(id)))).resolves.toEqual(ids.map(() => 'unchanged'));
    // A killed worker's batch taken up by another while a replica runs it too.
    const again = await Promise.all([commandsOn(store).runMany(ids.map((id) => order(id))), commandsOn(store).runMany(ids.map((id) => order(id)))]);
    expect(again.flat().every((r) => r === 'unchanged')).toBe(true);
    const steps = await recordedSteps(store);
    expect(duplicates(steps)).toEqual([]);
    expect(steps).toHaveLength(6);
  });

  it('records a batch that two replicas run at once exactly once, whichever commits first', async () => {
    const ids = await pastDue(8);
    const runs = await Promise.all([commandsOn(store).runMany(ids.map((id) => order(id))), commandsOn(store).runMany(ids.map((id) => order(id)))]);
    // Both may answer "recorded" (the store takes the second append of the same event ids as a repeat): the log says what happened.
    expect(runs.flat().every((r) => r === 'recorded' || r === 'unchanged')).toBe(true);
    const steps = await recordedSteps(store);
    expect(duplicates(steps)).toEqual([]);
    expect(steps).toHaveLength(8);
  });

  it("records the rest of a batch a killed worker left half done, and repeats none of what it recorded", async () => {
    const ids = await pastDue(6);
    // The killed worker got as far as its first commit (a group's rounds, or a batch split by a crash).
    await commandsOn(store).runMany(ids.slice(0, 3).map((id) => order(id)));
    // Its job, taken up again after JOB_LOCK_MS, runs the whole batch.
    await expect(commandsOn(store).runMany(ids.map((id) => order(id)))).resolves.toEqual(['unchanged', 'unchanged', 'unchanged', 'recorded', 'recorded', 'recorded']);
    const steps = await recordedSteps(store);
    expect(duplicates(steps)).toEqual([]);
    expect(steps.map((s) => s.stream).sort()).toEqual(ids.map((id) => `recommendation-${id}`).sort());
  });

  it('records nothing for a step whose deadline moved since the batch was made', async () => {
    const [kept, moved] = await pastDue(2);
    const dueOn = addDays(dateInZone(clock.now(), 'WITA'), -1);
    await recommendations.extend(moved, 30, dueOn);
    await expect(commandsOn(store).runMany([order(kept), order(moved)])).resolves.toEqual(['recorded', 'unchanged']);
    expect(await stepsOf(kept)).toEqual(['v1:overdue']);
    expect(await stepsOf(moved)).toEqual([]);
  });

  it('records nothing for a step whose subject closed since the batch was made', async () => {
    const [kept, closed] = await pastDue(2);
    await recommendations.close(closed);
    await expect(commandsOn(store).runMany([order(kept), order(closed)])).resolves.toEqual(['recorded', 'unchanged']);
    expect(await stepsOf(closed)).toEqual([]);
  });

  it.each([
    ['one commit for the batch', { atomic: true }],
    ['concurrent appends (EventStoreDB, group commit)', { atomic: false }],
  ])('a step that cannot be written fails alone; its batch-mates are recorded (%s)', async (_, options) => {
    const ids = await pastDue(4);
    const results = await commandsOn(faultyOn(store, `recommendation-${ids[1]}`, options)).runMany(ids.map((id) => order(id)));
    expect(results[1]).toBeInstanceOf(StoreUnavailable);
    expect([results[0], results[2], results[3]]).toEqual(['recorded', 'recorded', 'recorded']);
    expect(await stepsOf(ids[1])).toEqual([]);
    expect(await recordedSteps(store)).toHaveLength(3);
  });

  it('says "not due" for a step too early, and records the rest', async () => {
    const [due] = await pastDue(1);
    const later = await recommendations.issue(addDays(dateInZone(clock.now(), 'WITA'), 10));
    await expect(commandsOn(store).runMany([order(later), order(due)])).resolves.toEqual(['not_due', 'recorded']);
  });

  it('records the overdue mark and rung 1 due at the same instant in one batch, whatever their order in it', async () => {
    const [id] = await pastDue(1);
    const results = await commandsOn(store).runMany([order(id, { type: 'escalation', level: 1 }), order(id)]);
    expect(results).toEqual(['recorded', 'recorded']);
    expect(await stepsOf(id)).toEqual(['v1:overdue', 'v1:escalation-1']);
  });
});
