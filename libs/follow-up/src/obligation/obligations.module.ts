import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CalendarModule } from '@app/calendar';
import { escalationLadderProvider } from '../deadlines/deadline-ladder';
import { EvidenceStoreModule } from '@app/evidence';
import { CancelObligationHandler } from './commands/cancel-obligation/cancel-obligation.handler';
import { FulfilObligationHandler } from './commands/fulfil-obligation/fulfil-obligation.handler';
import { FulfilObligationHttpController } from './commands/fulfil-obligation/fulfil-obligation.http.controller';
import { RecordObligationDeadlineStepHandler } from './commands/record-deadline-step/record-deadline-step.handler';
import { RecordObligationEscalationHandler } from './commands/record-escalation/record-escalation.handler';
import { RecordObligationEscalationHttpController } from './commands/record-escalation/record-escalation.http.controller';
import { ScheduleObligationHandler } from './commands/schedule-obligation/schedule-obligation.handler';
import { OBLIGATION_POLICY, obligationPolicyProvider } from './obligation-policy';
import { PksObligationsReactor } from './pks-obligations.reactor';
import { GetObligationHandler } from './queries/get-obligation/get-obligation.handler';
import { GetObligationHttpController } from './queries/get-obligation/get-obligation.http.controller';

/**
 * Periodic obligations from PKS scope items: scheduled by PksObligationsReactor (exported for
 * the worker's event-log reactor), fulfilled by liaisons, followed by the deadline workers
 * through RecordObligationDeadlineStepCommand (OBLIGATION_DEADLINE_ROUTE). Needs EVENT_STORE, CLOCK, APP_CONFIG (the evidence
 * store's data directory) and CommandsModule;
 * policy from OBLIGATION_GRACE_DAYS / OBLIGATION_GRACE_BASIS / OBLIGATION_OPEN_ENDED_PERIODS.
 */
@Module({
  imports: [CqrsModule, CalendarModule, EvidenceStoreModule],
  controllers: [GetObligationHttpController, FulfilObligationHttpController, RecordObligationEscalationHttpController],
  providers: [
    obligationPolicyProvider,
    escalationLadderProvider,
    GetObligationHandler,
    ScheduleObligationHandler,
    CancelObligationHandler,
    FulfilObligationHandler,
    RecordObligationDeadlineStepHandler,
    RecordObligationEscalationHandler,
    PksObligationsReactor,
  ],
  exports: [PksObligationsReactor, OBLIGATION_POLICY],
})
export class ObligationsModule {}
