import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DUE_RULES, dueRulesProvider } from './deadlines/due-rules.loader';
import { HOLIDAY_CALENDAR, holidayCalendarProvider } from './deadlines/holiday-calendar';
import { IssueRecommendationHandler } from './recommendation/commands/issue-recommendation/issue-recommendation.handler';
import { IssueRecommendationHttpController } from './recommendation/commands/issue-recommendation/issue-recommendation.http.controller';
import { GetRecommendationHandler } from './recommendation/queries/get-recommendation/get-recommendation.handler';
import { GetRecommendationHttpController } from './recommendation/queries/get-recommendation/get-recommendation.http.controller';

/**
 * Recommendations and their follow-up. Due rules come from due-rules.json (+ DUE_RULES_FILE);
 * days off from HOLIDAY_CALENDAR (bind another HolidayCalendar there to replace it).
 * Needs CommandsModule (AggregateStore); reads the registry's entity and assessment streams.
 */
@Module({
  imports: [CqrsModule],
  controllers: [IssueRecommendationHttpController, GetRecommendationHttpController],
  providers: [dueRulesProvider, holidayCalendarProvider, IssueRecommendationHandler, GetRecommendationHandler],
  exports: [DUE_RULES, HOLIDAY_CALENDAR],
})
export class FollowUpModule {}
