import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import { notFound, type Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import { ApiOperationalErrors, ApiQuery, optionalIntegerParam } from '@app/platform/http';
import { InboxStore } from './inbox-store';
import { InboxPageDto, InboxReadDto } from './inbox.response.dto';

/**
 * The signed-in user's own notifications: every step routed to a contact linked to this user
 * (the token's `sub`). Nobody sees or marks another user's: the key is the caller's own sub.
 */
@ApiTags('me')
@ApiOperationalErrors()
@Controller('v1/me/notifications')
export class InboxController {
  constructor(private readonly inbox: InboxStore) {}

  @Get()
  @ApiOperation({ summary: 'My notifications, newest first, with the unread count' })
  @ApiQueryParam({ name: 'offset', required: false, description: 'How many to skip (default 0)', example: 0 })
  @ApiQueryParam({ name: 'limit', required: false, description: 'Page size, 1–200 (default 50)', example: 50 })
  @ApiQuery({ description: 'A page of my notifications', type: InboxPageDto })
  async list(@CurrentActor() actor: Actor, @Query('offset') offset?: string, @Query('limit') limit?: string): Promise<InboxPageDto> {
    const from = optionalIntegerParam('query.offset', offset, 0, 0, 1_000_000);
    const size = optionalIntegerParam('query.limit', limit, 50, 1, 200);
    return { ...(await this.inbox.page(actor.id, from, size)), offset: from, limit: size };
  }

  @Post('read-all')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @ApiQuery({ description: 'How many were marked', type: InboxReadDto })
  async readAll(@CurrentActor() actor: Actor): Promise<InboxReadDto> {
    return { marked: await this.inbox.markAllRead(actor.id), unread: 0 };
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  @ApiQuery({ description: 'Marked', type: InboxReadDto })
  async read(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<InboxReadDto> {
    // Another user's id answers like an unknown one: nothing about others' inboxes leaks.
    if (!(await this.inbox.markRead(actor.id, id))) throw notFound('NotificationNotFound', `You have no notification ${id}`);
    const { unread } = await this.inbox.page(actor.id, 0, 1);
    return { marked: 1, unread };
  }
}
