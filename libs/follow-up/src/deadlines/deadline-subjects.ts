import type { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '@app/platform/commands';
import { OBLIGATION_DEADLINE_ROUTE } from '../obligation/obligation-deadline.route';
import { RecordRecommendationDeadlineStepCommand } from '../recommendation/commands/record-deadline-step/record-deadline-step.command';
import { recommendationStream } from '../recommendation/domain/recommendation.stream';
import type { DeadlineStep, DeadlineStepOutcome, DeadlineSubject } from './deadline-commands.port';

/** How the adapter reaches one kind of subject: its stream (for the command id) and its command class. */
export interface DeadlineSubjectRoute {
  stream(id: string): string;
  command(id: string, deadlineVersion: number, step: DeadlineStep, meta: CommandMeta): Command<DeadlineStepOutcome>;
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
  },
  obligation: OBLIGATION_DEADLINE_ROUTE,
};
