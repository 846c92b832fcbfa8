import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { entityDecider } from '../../domain/entity.decider';
import { entityStream } from '../../entity.stream';
import { RegisterUnitCommand } from './register-unit.command';

/** Units live on their provider's stream; the decider answers 404 for an unregistered provider. */
@CommandHandler(RegisterUnitCommand)
export class RegisterUnitHandler implements ICommandHandler<RegisterUnitCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ entityCode, body, meta }: RegisterUnitCommand): Promise<CommandResult> {
    return this.aggregates.execute({
      stream: entityStream(entityCode),
      id: entityCode,
      decider: entityDecider,
      command: {
        type: 'RegisterUnit',
        data: { unitId: body.unitId, name: body.name, kind: body.kind ?? null },
        actor: meta.actor,
        now: meta.issuedAt,
      },
      meta,
    });
  }
}
