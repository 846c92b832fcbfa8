import { stepDecider } from '../deadlines/deadline-step-decider';
import type { DeadlineSubjectRoute } from '../deadlines/deadline-subjects';
import { RecordObligationDeadlineStepCommand } from './commands/record-deadline-step/record-deadline-step.command';
import { obligationDecider } from './domain/obligation.decider';
import { obligationStream } from './obligation.stream';

/** How the deadline workers reach obligations: `obligation` in DEADLINE_SUBJECT_ROUTES. */
export const OBLIGATION_DEADLINE_ROUTE: DeadlineSubjectRoute = {
  stream: obligationStream,
  command: (id, deadlineVersion, step, meta) => new RecordObligationDeadlineStepCommand(id, deadlineVersion, step, meta),
  decider: stepDecider(obligationDecider),
};
