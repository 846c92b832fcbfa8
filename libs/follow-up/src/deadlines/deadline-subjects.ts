import type { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '@app/platform/commands';
import { OBLIGATION_DEADLINE_ROUTE } from '../obligation/obligation-deadline.route';
import { RecordRecommendationDeadlineStepCommand } from '../recommendation/commands/record-deadline-step/record-deadline-step.command';
import { recommendationDecider } from '../recommendation/domain/recommendation.decider';
import { recommendationStream } from '../recommendation/domain/recommendation.stream';
import type { DeadlineStep, DeadlineStepOutcome, DeadlineSubject } from './deadline-commands.port';
import { type DeadlineStepDecider, stepDecider } from './deadline-step-decider';

/**
 * How the adapter reaches one kind of subject: its stream (for the command id), its command class
 * (one step on the CommandBus) and its decider (a batch of steps, decided each against its own
 * stream and appended in one commit — the handler of that command runs the same decider).
 */
export interface DeadlineSubjectRoute {
  stream(id: string): string;
  command(id: string, deadlineVersion: number, step: DeadlineStep, meta: CommandMeta): Command<DeadlineStepOutcome>;
  decider: DeadlineStepDecider;
}

export type DeadlineSubjectRoutes = Record<DeadlineSubject['kind'], DeadlineSubjectRoute | undefined>;

/** Nest token: bind another DeadlineSubjectRoutes here to replace the default table. */
export const DEADLINE_SUBJECTS = Symbol('DeadlineSubjectRoutes');

/**
 * One route per subject kind: the extension point for anything else that gets a deadline.
 * Each command's handler must be registered (FollowUpModule's for recommendations,
 * ObligationsModule's for obligations) in the process that runs the adapter.
 */
export const DEADLINE_SUBJECT_ROUTES: DeadlineSubjectRoutes = {
  recommendation: {
    stream: recommendationStream,
    command: (id, version, step, meta) => new RecordRecommendationDeadlineStepCommand(id, version, step, meta),
    decider: stepDecider(recommendationDecider),
  },
  obligation: OBLIGATION_DEADLINE_ROUTE,
};
