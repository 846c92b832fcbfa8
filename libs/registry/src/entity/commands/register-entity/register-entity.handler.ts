import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { ParentFacts, entityDecider } from '../../domain/entity.decider';
import { entityStream } from '../../entity.stream';
import { RegisterEntityCommand } from './register-entity.command';

@CommandHandler(RegisterEntityCommand)
export class RegisterEntityHandler implements ICommandHandler<RegisterEntityCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ body, meta }: RegisterEntityCommand): Promise<CommandResult> {
    const parent = body.kind === 'kabupaten' || body.kind === 'kota' ? await this.province(body.code.slice(0, 2)) : undefined;
    return this.aggregates.execute({
      stream: entityStream(body.code),
      id: body.code,
      decider: entityDecider,
      command: {
        type: 'RegisterEntity',
        data: { code: body.code, name: body.name, kind: body.kind, parentCode: body.parentCode ?? null, timezone: body.timezone ?? null },
        actor: meta.actor,
        now: meta.issuedAt,
        context: { parent },
      },
      meta,
    });
  }

  /** A kabupaten/kota's parent is the province in its code; the decider refuses it if unregistered. */
  private async province(code: string): Promise<ParentFacts> {
    const { state } = await this.aggregates.load(entityStream(code), entityDecider);
    return state.status === 'registered' ? { registered: true, kind: state.kind } : { registered: false };
  }
}
