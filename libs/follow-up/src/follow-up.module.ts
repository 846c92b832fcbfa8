import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DEADLINE_COMMANDS } from './deadlines/deadline-commands.port';
import { deadlineCommandsProvider } from './deadlines/deadline-commands.adapter';
import { ESCALATION_LADDER, escalationLadderProvider } from './deadlines/deadline-ladder';
import { DUE_RULES, dueRulesProvider } from './deadlines/due-rules.loader';
import { CalendarModule } from '@app/calendar';
import { EvidenceStoreModule } from '@app/evidence';
import { IssueRecommendationHandler } from './recommendation/commands/issue-recommendation/issue-recommendation.handler';
import { IssueRecommendationHttpController } from './recommendation/commands/issue-recommendation/issue-recommendation.http.controller';
import { RECOMMENDATION_LIFECYCLE_CONTROLLERS, RECOMMENDATION_LIFECYCLE_HANDLERS } from './recommendation/recommendation-lifecycle.slices';
import { GetRecommendationHandler } from './recommendation/queries/get-recommendation/get-recommendation.handler';
import { GetRecommendationHttpController } from './recommendation/queries/get-recommendation/get-recommendation.http.controller';

/**
 * Recommendations and their follow-up. Due rules come from due-rules.json (+ DUE_RULES_FILE);
 * days off from HOLIDAY_CALENDAR (the admin-managed calendar-<year> streams, CalendarModule); the
 * escalation ladder from escalation-ladder.json (+ ESCALATION_LADDER_FILE); evidence through
 * EVIDENCE_STORE (${DATA_DIR}/evidence, or S3 with EVIDENCE_S3_BUCKET). DEADLINE_COMMANDS is
 * what the deadline workers call. Needs CommandsModule (AggregateStore), CLOCK and APP_CONFIG;
 * reads the registry's entity and assessment streams.
 */
@Module({
  imports: [CqrsModule, CalendarModule, EvidenceStoreModule],
  controllers: [IssueRecommendationHttpController, GetRecommendationHttpController, ...RECOMMENDATION_LIFECYCLE_CONTROLLERS],
  providers: [
    dueRulesProvider,
    escalationLadderProvider,
    deadlineCommandsProvider,
    IssueRecommendationHandler,
    GetRecommendationHandler,
    ...RECOMMENDATION_LIFECYCLE_HANDLERS,
  ],
  exports: [DUE_RULES, CalendarModule, ESCALATION_LADDER, EvidenceStoreModule, DEADLINE_COMMANDS],
})
export class FollowUpModule {}
