import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import { ApiQuery } from '@app/platform/http';
import { ApiReadOptions, READ_OPTION_NAMES, onlyKnown, oneOf, readOptionsOf, text, type RawQuery } from '@app/platform/read-query';
import { OMBUDSMAN_ROLES, PROVIDER_ROLES } from '../../directory/contact-directory.port';
import { ContactListDto } from './contact-list.response.dto';
import { ListContactsQuery } from './list-contacts.query';

const PARAMS = ['role', 'unit', ...READ_OPTION_NAMES];

@ApiTags('contacts')
@Controller('v1')
export class ListContactsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get('entities/:code/contacts')
  @ApiOperation({ summary: "A provider's directory: the people in each role, within your scope" })
  @ApiParam({ name: 'code', example: '64.01' })
  @ApiQueryParam({ name: 'role', required: false, enum: PROVIDER_ROLES })
  @ApiQueryParam({ name: 'unit', required: false, example: 'dpmptsp', description: "Only this unit's contacts" })
  @ApiReadOptions()
  @ApiQuery({ description: "The provider's contacts, by id", type: ContactListDto })
  ofProvider(@CurrentActor() actor: Actor, @Param('code') code: string, @Query() query: RawQuery): Promise<ContactListDto> {
    onlyKnown(query, PARAMS);
    const filters = { role: oneOf(query, 'role', PROVIDER_ROLES), unit: text(query, 'unit') };
    return this.queries.execute(new ListContactsQuery({ side: 'provider', entityCode: code }, filters, actor, readOptionsOf(query)));
  }

  @Get('provinces/:provinceCode/contacts')
  @ApiOperation({ summary: "A province's Ombudsman office directory: the officer in charge and the leadership" })
  @ApiParam({ name: 'provinceCode', example: '64' })
  @ApiQueryParam({ name: 'role', required: false, enum: OMBUDSMAN_ROLES })
  @ApiReadOptions()
  @ApiQuery({ description: "The office's contacts, by id", type: ContactListDto })
  ofOmbudsman(@CurrentActor() actor: Actor, @Param('provinceCode') provinceCode: string, @Query() query: RawQuery): Promise<ContactListDto> {
    onlyKnown(query, PARAMS.filter((name) => name !== 'unit'));
    const filters = { role: oneOf(query, 'role', OMBUDSMAN_ROLES) };
    return this.queries.execute(new ListContactsQuery({ side: 'ombudsman', provinceCode }, filters, actor, readOptionsOf(query)));
  }
}
