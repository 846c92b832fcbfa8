import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import { ApiQuery } from '@app/platform/http';
import { limitOf, onlyKnown, readOptionsOf, text, type RawQuery } from '@app/platform/read-query';
import { Exportable } from '@app/spreadsheets';
import { LIST_MISSING_CONTACTS_EXPORT } from './list-missing-contacts.columns';
import { MissingContactList } from './missing-contact-list.response.dto';
import { ListMissingContactsQuery } from './list-missing-contacts.query';

/** `asOf` is not offered: the list joins two read models, which a replay of one cannot answer for. */
const PARAMS = ['cursor', 'limit', 'minPosition'];

@ApiTags('contacts')
@Controller('v1/follow-up/missing-contacts')
export class ListMissingContactsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'Roles nobody is on record in, where open recommendations or obligations will need them',
    description:
      "For each provider with open items within your scope: its liaison, Sekda and head of region, and the head of each unit an open item names; for each province with such providers (not for liaisons): the Ombudsman officer in charge and the leadership. A role leaves the list once a contact is added in it.",
  })
  @ApiQueryParam({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiQueryParam({ name: 'limit', required: false, example: 50, description: '1–500, default 50' })
  @ApiQueryParam({ name: 'minPosition', required: false, description: 'Answer only once both read models reflect this position (a command’s answer)' })
  @ApiQuery({ description: 'A page of roles to complete', type: MissingContactList })
  @Exportable(LIST_MISSING_CONTACTS_EXPORT)
  list(@CurrentActor() actor: Actor, @Query() query: RawQuery): Promise<MissingContactList> {
    onlyKnown(query, PARAMS);
    return this.queries.execute(new ListMissingContactsQuery({ cursor: text(query, 'cursor'), limit: limitOf(query) }, actor, readOptionsOf(query)));
  }
}
