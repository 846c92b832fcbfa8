import { DomainError, type DomainEvent } from '@app/kernel';
import { type EventStore, type StreamAppend, appendBatch } from '@app/event-store';
import type { AggregateStore, CommandMeta } from '@app/platform/commands';
import type { DeadlineStepOutcome } from './deadline-commands.port';
import type { DeadlineStepDecider } from './deadline-step-decider';
import type { DeadlineStepCommand } from './deadline-steps';
import { runDeadlineStep } from './run-deadline-step';

export interface DeadlineStepInput {
  stream: string;
  id: string;
  decider: DeadlineStepDecider;
  command: DeadlineStepCommand;
  meta: CommandMeta;
}

/** What became of one step of a batch: its outcome, or the fault that stopped it alone. */
export type DeadlineStepResult = DeadlineStepOutcome | Error;

/**
 * Runs many deadline steps as AggregateStore.execute would run each (read, authorize, repeated
 * command id, decide, append with the revision read), but appends the decided steps together:
 * one transaction and one fsync on a store that commits several streams at once, concurrent
 * appends (which a group-committing store shares) elsewhere. Each append keeps its own expected
 * revision. A refused commit — a conflict on one stream, a step written meanwhile by another
 * replica — is retried step by step through runDeadlineStep, so only the faulty step reports a
 * fault and its batch-mates are recorded. Results are in the order of `inputs`.
 */
export async function runDeadlineSteps(aggregates: AggregateStore, store: EventStore, inputs: DeadlineStepInput[]): Promise<DeadlineStepResult[]> {
  const results: DeadlineStepResult[] = new Array<DeadlineStepResult>(inputs.length);
  // Two steps of one stream in one commit would both expect the same revision: one per round.
  for (const round of roundsByStream(inputs)) await runRound(aggregates, store, inputs, round, results);
  return results;
}

async function runRound(aggregates: AggregateStore, store: EventStore, inputs: DeadlineStepInput[], round: number[], results: DeadlineStepResult[]): Promise<void> {
  const loaded = await Promise.all(round.map((i) => aggregates.load(inputs[i].stream, inputs[i].decider).catch((error: unknown) => asError(error))));
  const appends: StreamAppend[] = [];
  const appending: number[] = [];
  round.forEach((i, n) => {
    const state = loaded[n];
    if (state instanceof Error) return void (results[i] = state);
    const { decider, command, meta, stream } = inputs[i];
    if (state.events.some((e) => e.metadata.commandId === meta.commandId)) return void (results[i] = 'unchanged');
    let decided: DomainEvent[];
    try {
      decider.authorize?.(command, state.state);
      decided = decider.decide(command, state.state);
    } catch (error) {
      results[i] = error instanceof DomainError && error.code === 'DeadlineStepNotDue' ? 'not_due' : asError(error);
      return;
    }
    if (decided.length === 0) return void (results[i] = 'unchanged');
    appends.push({ stream, events: decided.map((event, index) => aggregates.toNewEvent(event, index, meta)), expected: state.revision ?? 'no_stream' });
    appending.push(i);
  });
  if (appends.length === 0) return;
  const refused = new Set(await appendTogether(store, appends));
  // Each refused step on its own: re-read, decide again, append, as a single command would.
  await Promise.all(
    appending.map(async (i, n) => {
      if (!refused.has(n)) return void (results[i] = 'recorded');
      results[i] = await runDeadlineStep(aggregates, inputs[i]).catch((error: unknown) => asError(error));
    }),
  );
}

/** Appends the batch; answers the indexes (in `appends`) of the appends not written. */
async function appendTogether(store: EventStore, appends: StreamAppend[]): Promise<number[]> {
  const all = appends.map((_, n) => n);
  if (store.appendAtomically) return appendBatch(store, appends).then(() => [], () => all);
  const settled = await Promise.allSettled(appends.map((a) => store.append(a.stream, a.events, a.expected)));
  return all.filter((n) => settled[n].status === 'rejected');
}

/** Indexes of `inputs` in rounds, each stream at most once per round, in input order. */
function roundsByStream(inputs: DeadlineStepInput[]): number[][] {
  const rounds: number[][] = [];
  const seen = new Map<string, number>();
  inputs.forEach((input, i) => {
    const round = seen.get(input.stream) ?? 0;
    seen.set(input.stream, round + 1);
    (rounds[round] ??= []).push(i);
  });
  return rounds;
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));
