import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { METHODOLOGY_CATALOG } from '../../../methodology/methodology.loader';
import type { MethodologyCatalog } from '../../../methodology/methodology-catalog';
import { assessmentDecider, assessmentId } from '../../domain/assessment.decider';
import { assessmentStream } from '../../domain/assessment.stream';
import { loadProvider } from '../load-provider';
import { RecordAssessmentCommand } from './record-assessment.command';

/** Loads the provider (jurisdiction, units) from the registry; the decider grades with the catalog. */
@CommandHandler(RecordAssessmentCommand)
export class RecordAssessmentHandler implements ICommandHandler<RecordAssessmentCommand> {
  constructor(
    private readonly aggregates: AggregateStore,
    @Inject(METHODOLOGY_CATALOG) private readonly methodologies: MethodologyCatalog,
  ) {}

  async execute({ body, meta }: RecordAssessmentCommand): Promise<CommandResult> {
    const provider = await loadProvider(this.aggregates, body.entityCode, meta.actor);
    const id = assessmentId(body.entityCode, body.year);
    return this.aggregates.execute({
      stream: assessmentStream(id),
      id,
      decider: assessmentDecider,
      command: {
        type: 'RecordAssessment',
        data: {
          entityCode: body.entityCode,
          year: body.year,
          score: body.score,
          loci: body.loci?.map(({ unitId, score }) => ({ unitId, score })),
          publishedOn: body.publishedOn,
          withoutMaladministration: body.withoutMaladministration,
        },
        actor: meta.actor,
        now: meta.issuedAt,
        context: { provider, methodologies: this.methodologies },
      },
      meta,
    });
  }
}
