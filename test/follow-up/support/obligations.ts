import { randomUUID } from 'node:crypto';
import { Actor, CalendarDate, SYSTEM_ACTOR, endOfDayInstant } from '@app/kernel';
import type { AggregateStore, CommandMeta } from '@app/platform/commands';
import { ObligationCommand, obligationDecider, obligationStream } from '@app/follow-up';

/** PKS obligations written through their decider, as the PKS reactor's commands would. */
export class Obligations {
  constructor(
    private readonly aggregates: AggregateStore,
    private readonly now: () => Date,
  ) {}

  /** Kalsel's quarterly progress report for 2025-Q1 (WITA), due on `dueOn`. */
  async schedule(dueOn: CalendarDate): Promise<string> {
    const pksId = randomUUID();
    const obligationId = `${pksId}.laporan.2025-Q1`;
    await this.execute(obligationId, SYSTEM_ACTOR, {
      type: 'ScheduleObligation',
      data: {
        obligationId,
        pksId,
        scopeId: 'laporan',
        entityCode: '63',
        provinceCode: '63',
        unitIds: ['dpmptsp'],
        text: 'Quarterly progress report on complaint handling',
        period: { key: '2025-Q1', start: '2025-01-01', end: '2025-03-31' },
        deadline: { version: 1, dueOn, dueAt: endOfDayInstant(dueOn, 'WITA').toISOString(), timeZone: 'WITA' },
      },
    });
    return obligationId;
  }

  async cancel(obligationId: string, cancelledOn: CalendarDate): Promise<void> {
    await this.execute(obligationId, SYSTEM_ACTOR, { type: 'CancelObligation', data: { reason: 'PKS terminated', cancelledOn } });
  }

  private async execute(id: string, actor: Actor, command: Pick<ObligationCommand, 'type' | 'data'>): Promise<void> {
    const commandId = randomUUID();
    const meta: CommandMeta = { commandId, correlationId: commandId, causationId: commandId, actor, issuedAt: this.now() };
    await this.aggregates.execute({ stream: obligationStream(id), id, decider: obligationDecider, command: { ...command, actor, now: meta.issuedAt } as ObligationCommand, meta });
  }
}
