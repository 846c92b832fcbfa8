import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { AgreementList, AgreementListParams } from '../../agreement-list';
import type { ReadOptions } from '@app/platform/read-query';

export class ListAgreementsQuery extends Query<AgreementList> {
  constructor(
    readonly params: AgreementListParams,
    readonly actor: Actor,
    readonly options: ReadOptions,
  ) {
    super();
  }
}
