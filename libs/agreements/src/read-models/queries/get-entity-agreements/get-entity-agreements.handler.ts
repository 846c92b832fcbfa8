import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AGREEMENTS_READ_MODEL, entityAgreements, type EntityAgreements } from '../../agreements.queries';
import { ReadModelGate, readScopeOf } from '@app/platform/read-query';
import { GetEntityAgreementsQuery } from './get-entity-agreements.query';

@QueryHandler(GetEntityAgreementsQuery)
export class GetEntityAgreementsHandler implements IQueryHandler<GetEntityAgreementsQuery> {
  constructor(private readonly gate: ReadModelGate) {}

  execute({ entityCode, actor, options }: GetEntityAgreementsQuery): Promise<EntityAgreements> {
    const scope = readScopeOf(actor);
    return this.gate.read(AGREEMENTS_READ_MODEL, actor, options, (source) => entityAgreements(source, scope, entityCode));
  }
}
