import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { listAgreements, type AgreementList } from '../../agreement-list';
import { AGREEMENTS_READ_MODEL } from '../../agreements.keys';
import { ReadModelGate, readScopeOf, requireNotLiaison, requireProvince } from '@app/platform/read-query';
import { ListAgreementsQuery } from './list-agreements.query';

@QueryHandler(ListAgreementsQuery)
export class ListAgreementsHandler implements IQueryHandler<ListAgreementsQuery> {
  constructor(private readonly gate: ReadModelGate) {}

  execute({ params, actor, options }: ListAgreementsQuery): Promise<AgreementList> {
    const scope = readScopeOf(actor);
    // A liaison has their own provider's list: GET /v1/entities/{code}/agreements.
    requireNotLiaison(scope, 'A list of agreements across providers');
    if (params.province !== undefined) requireProvince(scope, params.province);
    return this.gate.read(AGREEMENTS_READ_MODEL, actor, options, (source) => listAgreements(source, scope, params));
  }
}
