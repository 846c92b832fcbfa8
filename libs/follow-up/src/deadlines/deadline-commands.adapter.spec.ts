import type { CommandBus } from '@nestjs/cqrs';
import { SYSTEM_ACTOR } from '@app/kernel';
import { nameBasedId } from '@app/event-store';
import { ManualClock } from '@app/platform/clock';
import { RecordObligationDeadlineStepCommand } from '../obligation/commands/record-deadline-step/record-deadline-step.command';
import { RecordRecommendationDeadlineStepCommand } from '../recommendation/commands/record-deadline-step/record-deadline-step.command';
import { CommandBusDeadlineCommands, UnroutedDeadlineSubject } from './deadline-commands.adapter';
import { DEADLINE_SUBJECT_ROUTES } from './deadline-subjects';

describe('CommandBusDeadlineCommands', () => {
  const clock = new ManualClock(new Date('2025-07-31T16:00:00Z'));
  const sent: unknown[] = [];
  const bus = { execute: async (command: unknown) => (sent.push(command), 'recorded') } as unknown as CommandBus;
  // The CommandBus path never touches these (the batch path has its own tests: test/deadlines/batched-steps.int-spec.ts).
  const unused = {} as never;
  const adapter = new CommandBusDeadlineCommands(bus, clock, unused, unused, unused);

  beforeEach(() => (sent.length = 0));

  it('sends a recommendation step as the system actor, at the clock, with an id derived from stream, version and step', async () => {
    await expect(adapter.run({ kind: 'recommendation', id: 'r-1' }, 2, { type: 'reminder', daysBefore: 7 })).resolves.toBe('recorded');
    const command = sent[0] as RecordRecommendationDeadlineStepCommand;
    expect(command).toBeInstanceOf(RecordRecommendationDeadlineStepCommand);
    expect(command).toMatchObject({ recommendationId: 'r-1', deadlineVersion: 2, step: { type: 'reminder', daysBefore: 7 } });
    const commandId = nameBasedId('deadline:recommendation-r-1:v2:reminder-7d');
    expect(command.meta).toEqual({ commandId, correlationId: commandId, causationId: commandId, actor: SYSTEM_ACTOR, issuedAt: clock.now() });
  });

  it('gives the same step the same command id every time, so a second run is a repeat', async () => {
    await adapter.run({ kind: 'recommendation', id: 'r-1' }, 1, { type: 'escalation', level: 2 });
    clock.advance(60_000);
    await adapter.run({ kind: 'recommendation', id: 'r-1' }, 1, { type: 'escalation', level: 2 });
    const [a, b] = sent as RecordRecommendationDeadlineStepCommand[];
    expect(a.meta.commandId).toBe(b.meta.commandId);
    expect(a.meta.commandId).not.toBe(nameBasedId('deadline:recommendation-r-1:v2:escalation-2'));
  });

  it('routes obligations to the obligation command', async () => {
    await adapter.run({ kind: 'obligation', id: 'pks-1.laporan.2022-Q3' }, 1, { type: 'overdue' });
    expect(sent[0]).toBeInstanceOf(RecordObligationDeadlineStepCommand);
    expect((sent[0] as RecordObligationDeadlineStepCommand).meta.commandId).toBe(nameBasedId('deadline:obligation-pks-1.laporan.2022-Q3:v1:overdue'));
  });

  it('fails loudly for a subject kind without a route', async () => {
    const partial = new CommandBusDeadlineCommands(bus, clock, unused, unused, unused, { ...DEADLINE_SUBJECT_ROUTES, obligation: undefined });
    await expect(partial.run({ kind: 'obligation', id: 'x' }, 1, { type: 'overdue' })).rejects.toBeInstanceOf(UnroutedDeadlineSubject);
    const [result] = await partial.runMany([{ subject: { kind: 'obligation', id: 'x' }, deadlineVersion: 1, step: { type: 'overdue' } }]);
    expect(result).toBeInstanceOf(UnroutedDeadlineSubject);
  });
});
