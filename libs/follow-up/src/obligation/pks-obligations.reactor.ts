import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SYSTEM_ACTOR, dateInZone } from '@app/kernel';
import { RecordedEvent, idOf, nameBasedId } from '@app/event-store';
import { PKS_CATEGORY, pksDecider, pksStream } from '@app/agreements';
import { AggregateStore } from '@app/platform/commands';
import type { CommandMeta } from '@app/platform/commands';
import { CLOCK, Clock } from '@app/platform/clock';
import { HOLIDAY_CALENDAR, HolidayCalendar } from '@app/calendar';
import { WorkingCalendar } from '@app/calendar';
import { CancelObligationCommand } from './commands/cancel-obligation/cancel-obligation.command';
import { ScheduleObligationCommand } from './commands/schedule-obligation/schedule-obligation.command';
import { ObligationPolicy, PksObligationFacts, obligationsEndedByTermination, obligationsForPks } from './domain/obligation-schedule';
import { OBLIGATION_POLICY } from './obligation-policy';

/** What the reconciliation did, for logs and tests. */
export interface ObligationsReconciled {
  pksId: string;
  scheduled: string[];
  cancelled: string[];
}

/**
 * Turns a PKS's periodic scope items into obligations. It reads the PKS's current state, so
 * the order events arrive in does not matter: PksSigned and PksTerminated both reconcile
 * (schedule what is owed, cancel what termination ended). Every command is idempotent with a
 * deterministic id, so running it twice, or on two replicas, changes nothing.
 */
@Injectable()
export class PksObligationsReactor {
  static readonly EVENT_TYPES = ['PksSigned', 'PksTerminated'] as const;

  constructor(
    private readonly commands: CommandBus,
    private readonly aggregates: AggregateStore,
    @Inject(OBLIGATION_POLICY) private readonly policy: ObligationPolicy,
    @Inject(HOLIDAY_CALENDAR) private readonly holidays: HolidayCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Any event from the log: PKS events it knows are handled, the rest ignored. */
  async handle(event: RecordedEvent): Promise<ObligationsReconciled | null> {
    if (!event.stream.startsWith(`${PKS_CATEGORY}-`)) return null;
    if (event.type === 'PksSigned') return this.onPksSigned(event);
    if (event.type === 'PksTerminated') return this.onPksTerminated(event);
    return null;
  }

  onPksSigned(event: RecordedEvent): Promise<ObligationsReconciled | null> {
    return this.reconcile(idOf(event.stream), event);
  }

  onPksTerminated(event: RecordedEvent): Promise<ObligationsReconciled | null> {
    return this.reconcile(idOf(event.stream), event);
  }

  /** Also for a periodic job: extends an open-ended PKS's horizon as time passes. */
  async reconcile(pksId: string, cause?: RecordedEvent): Promise<ObligationsReconciled | null> {
    const facts = await this.facts(pksId);
    if (!facts) return null;
    const calendar = WorkingCalendar.of(this.holidays);
    const scheduled: string[] = [];
    for (const obligation of obligationsForPks(facts, this.policy, calendar)) {
      const meta = this.meta(`obligation:schedule:${obligation.obligationId}`, cause);
      await this.commands.execute(new ScheduleObligationCommand(obligation, meta));
      scheduled.push(obligation.obligationId);
    }
    const cancelled: string[] = [];
    if (facts.terminatedOn !== null) {
      const cancellation = { cancelledOn: facts.terminatedOn, reason: `PKS ${pksId} terminated on ${facts.terminatedOn}` };
      for (const obligationId of obligationsEndedByTermination(facts, this.policy, calendar)) {
        await this.commands.execute(new CancelObligationCommand(obligationId, cancellation, this.meta(`obligation:cancel:${obligationId}`, cause)));
        cancelled.push(obligationId);
      }
    }
    return { pksId, scheduled, cancelled };
  }

  /** The PKS as signed (and perhaps terminated); null while it is not signed. */
  private async facts(pksId: string): Promise<PksObligationFacts | null> {
    const { state: pks } = await this.aggregates.load(pksStream(pksId), pksDecider);
    if (pks.status === 'none' || pks.signedOn === null) return null;
    return {
      pksId,
      ...pks.jurisdiction,
      timeZone: pks.timezone,
      unitIds: pks.unitIds,
      scope: pks.scope,
      signedOn: pks.signedOn,
      validUntil: pks.validUntil,
      terminatedOn: pks.termination?.terminatedOn ?? null,
      today: dateInZone(this.clock.now(), pks.timezone),
    };
  }

  private meta(name: string, cause?: RecordedEvent): CommandMeta {
    const commandId = nameBasedId(name);
    return {
      commandId,
      correlationId: cause?.metadata.correlationId ?? commandId,
      causationId: cause?.id ?? commandId,
      actor: SYSTEM_ACTOR,
      issuedAt: this.clock.now(),
    };
  }
}
