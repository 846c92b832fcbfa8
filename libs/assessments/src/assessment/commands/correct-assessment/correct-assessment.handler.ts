import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { notFound } from '@app/kernel';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { METHODOLOGY_CATALOG } from '../../../methodology/methodology.loader';
import type { MethodologyCatalog } from '../../../methodology/methodology-catalog';
import { assessmentDecider } from '../../domain/assessment.decider';
import { assessmentStream, parseAssessmentId } from '../../domain/assessment.stream';
import { loadProvider } from '../load-provider';
import { CorrectAssessmentCommand } from './correct-assessment.command';

/** Loads the provider (for the loci's units); the decider answers 404 when nothing was recorded. */
@CommandHandler(CorrectAssessmentCommand)
export class CorrectAssessmentHandler implements ICommandHandler<CorrectAssessmentCommand> {
  constructor(
    private readonly aggregates: AggregateStore,
    @Inject(METHODOLOGY_CATALOG) private readonly methodologies: MethodologyCatalog,
  ) {}

  async execute({ id, body, meta }: CorrectAssessmentCommand): Promise<CommandResult> {
    const parsed = parseAssessmentId(id);
    if (!parsed) throw notFound('AssessmentNotFound', `No assessment ${id}: ids are <entityCode>-<year>, e.g. 64.01-2023`);
    const provider = await loadProvider(this.aggregates, parsed.entityCode, meta.actor);
    return this.aggregates.execute({
      stream: assessmentStream(id),
      id,
      decider: assessmentDecider,
      command: {
        type: 'CorrectAssessment',
        data: {
          score: body.score,
          reason: body.reason,
          correctedOn: body.correctedOn,
          loci: body.loci?.map(({ unitId, score }) => ({ unitId, score })),
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
