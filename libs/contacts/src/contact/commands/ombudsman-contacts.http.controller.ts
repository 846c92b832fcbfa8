import { Body, Controller, Delete, HttpCode, HttpStatus, Param, Patch, Post, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import type { DirectoryTarget } from '../directory-target';
import { AddContactCommand, ChangeContactCommand, RemoveContactCommand } from './contact.commands';
import { ChangeContactRequestDto, ContactRequestDto } from './contact.request.dto';
import { RemoveContactRequestDto } from './remove-contact.request.dto';

const office = (provinceCode: string): DirectoryTarget => ({ side: 'ombudsman', provinceCode });

/** A province's Ombudsman office directory (officer in charge, leadership): officers of the province and admins keep it. */
@ApiTags('contacts')
@Controller('v1/provinces/:provinceCode/contacts')
@ApiParam({ name: 'provinceCode', description: 'Two-digit province code of the Ombudsman office', example: '64' })
export class OmbudsmanContactsHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('officer', 'admin')
  @ApiOperation({ summary: "Add the officer in charge or the leadership to a province's Ombudsman office directory" })
  @ApiCommand({ status: 201, description: "Added to the office's directory; `id` is the new contact's id" })
  add(@Param('provinceCode') provinceCode: string, @Body() body: ContactRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new AddContactCommand(office(provinceCode), body, meta));
  }

  @Patch(':contactId')
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Change some fields of a contact (the rest stay)' })
  @ApiParam({ name: 'contactId' })
  @ApiCommand({ status: 200, description: 'Changed (only the fields that differ are recorded)' })
  change(@Param('provinceCode') provinceCode: string, @Param('contactId') contactId: string, @Body() body: ChangeContactRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new ChangeContactCommand(office(provinceCode), contactId, body, false, meta));
  }

  @Put(':contactId')
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Replace a contact (left-out optional fields fall back to their defaults)' })
  @ApiParam({ name: 'contactId' })
  @ApiCommand({ status: 200, description: 'Replaced (only the fields that differ are recorded)' })
  replace(@Param('provinceCode') provinceCode: string, @Param('contactId') contactId: string, @Body() body: ContactRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new ChangeContactCommand(office(provinceCode), contactId, body, true, meta));
  }

  @Delete(':contactId')
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Remove a contact from the directory, with the reason' })
  @ApiParam({ name: 'contactId' })
  @ApiCommand({ status: 200, description: 'Removed' })
  remove(@Param('provinceCode') provinceCode: string, @Param('contactId') contactId: string, @Body() body: RemoveContactRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new RemoveContactCommand(office(provinceCode), contactId, body.reason, meta));
  }
}
