import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AGREEMENTS_READ_MODEL, expiringAgreements, type ExpiringPage } from '../../agreements.queries';
import { ReadModelGate, readScopeOf, requireProvince } from '@app/platform/read-query';
import { ListExpiringAgreementsQuery } from './list-expiring-agreements.query';

@QueryHandler(ListExpiringAgreementsQuery)
export class ListExpiringAgreementsHandler implements IQueryHandler<ListExpiringAgreementsQuery> {
  constructor(private readonly gate: ReadModelGate) {}

  execute({ params, actor, options }: ListExpiringAgreementsQuery): Promise<ExpiringPage> {
    const scope = readScopeOf(actor);
    if (params.province !== undefined) requireProvince(scope, params.province);
    return this.gate.read(AGREEMENTS_READ_MODEL, actor, options, (source) => expiringAgreements(source, scope, params));
  }
}
