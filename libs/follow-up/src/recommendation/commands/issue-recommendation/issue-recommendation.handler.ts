import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import { nameBasedId } from '@app/event-store';
import { loadVisibleProvider } from '@app/registry';
import { assessmentDecider } from '@app/assessments';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { DUE_RULES } from '../../../deadlines/due-rules.loader';
import type { DueRules } from '../../../deadlines/due-rules';
import { HOLIDAY_CALENDAR, HolidayCalendar } from '@app/calendar';
import { WorkingCalendar } from '@app/calendar';
import { recommendationDecider } from '../../domain/recommendation.decider';
import type { ProviderFacts } from '../../domain/recommendation.rules';
import { recommendationStream } from '../../domain/recommendation.stream';
import { IssueRecommendationCommand } from './issue-recommendation.command';

/**
 * Loads the provider (jurisdiction, time zone, units), the source assessment when there is
 * one, the due rules and the working calendar; a retried command lands on the same stream.
 */
@CommandHandler(IssueRecommendationCommand)
export class IssueRecommendationHandler implements ICommandHandler<IssueRecommendationCommand> {
  constructor(
    private readonly aggregates: AggregateStore,
    @Inject(DUE_RULES) private readonly dueRules: DueRules,
    @Inject(HOLIDAY_CALENDAR) private readonly holidays: HolidayCalendar,
  ) {}

  async execute({ body, meta }: IssueRecommendationCommand): Promise<CommandResult> {
    const id = nameBasedId(meta.commandId);
    const provider = await this.provider(body.entityCode, meta.actor);
    return this.aggregates.execute({
      stream: recommendationStream(id),
      // The recommendation's id is derived from the command's: a new stream unless the command repeats.
      streamOfCommand: true,
      id,
      decider: recommendationDecider,
      command: {
        type: 'IssueRecommendation',
        data: {
          recommendationId: id,
          entityCode: body.entityCode,
          unitId: body.unitId,
          kind: body.kind,
          source: { type: body.source.type, ref: body.source.ref },
          title: body.title,
          issuedOn: body.issuedOn,
          dueOn: body.dueOn,
        },
        actor: meta.actor,
        now: meta.issuedAt,
        context: {
          provider,
          dueRules: this.dueRules,
          // Fresh per command, so a replaced HolidayCalendar's changes are seen at once.
          calendar: WorkingCalendar.of(this.holidays),
          sourceAssessmentExists: await this.assessmentExists(body.source, body.entityCode),
        },
      },
      meta,
    });
  }

  private async provider(entityCode: string, actor: Actor): Promise<ProviderFacts> {
    const state = await loadVisibleProvider(this.aggregates, entityCode, actor);
    return { ...state.jurisdiction, timeZone: state.timezone, unitIds: state.units.map((u) => u.unitId) };
  }

  /** Only this provider's assessment streams are looked up; the decider judges any other ref. */
  private async assessmentExists(source: { type: string; ref: string }, entityCode: string): Promise<boolean | undefined> {
    if (source.type !== 'assessment' || !source.ref.startsWith(`assessment-${entityCode}-`)) return undefined;
    const { state } = await this.aggregates.load(source.ref, assessmentDecider);
    return state !== null;
  }
}
