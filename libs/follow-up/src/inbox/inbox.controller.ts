import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import type { CommandMeta } from '@app/platform/commands';
import { ApiOperationalErrors, ApiQuery, Meta, optionalIntegerParam } from '@app/platform/http';
import { InboxStore } from './inbox-store';
import { InboxPageDto, InboxReadDto } from './inbox.response.dto';

/**
 * The signed-in user's own notifications: every step routed to a contact linked to this user
 * (the token's `sub`). Nobody sees or marks another user's: the stream and the read model's keys
 * are the caller's own sub. A read mark is an event; the answer waits until the inbox shows it.
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
    return { ...(await this.inbox.page(actor, from, size)), offset: from, limit: size };
  }

  @Post('read-all')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @ApiQuery({ description: 'How many were marked', type: InboxReadDto })
  async readAll(@Meta() meta: CommandMeta): Promise<InboxReadDto> {
    const { marked, position } = await this.inbox.markRead(meta, 'all');
    // A notification posted meanwhile stays unread: the count says so rather than a fixed 0.
    const { unread } = await this.inbox.page(meta.actor, 0, 1, position);
    return { marked, unread };
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  @ApiQuery({ description: 'Marked', type: InboxReadDto })
  async read(@Meta() meta: CommandMeta, @Param('id') id: string): Promise<InboxReadDto> {
    // Another user's id answers 404 like an unknown one (the decider only knows the caller's inbox).
    const { position } = await this.inbox.markRead(meta, [id]);
    const { unread } = await this.inbox.page(meta.actor, 0, 1, position);
    return { marked: 1, unread };
  }
}
