import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import { ApiQuery } from '@app/platform/http';
import { Exportable } from '@app/spreadsheets';
import { ReadStreamEventsQuery } from './queries/read-stream-events/read-stream-events.query';
import { MAX_PROVIDER_EVENTS_LIMIT, parseProviderEventsParams } from './queries/read-provider-events/provider-events-params';
import { ReadProviderEventsQuery } from './queries/read-provider-events/read-provider-events.query';
import { VerifyStreamQuery } from './queries/verify-stream/verify-stream.query';
import { VerifyAllStreamsQuery } from './queries/verify-all-streams/verify-all-streams.query';
import { parsePageParams } from './page-params';
import { PROVIDER_EVENTS_EXPORT } from './queries/read-provider-events/provider-events.columns';

@ApiTags('audit')
@Controller('v1/audit')
@Roles('auditor', 'admin')
export class AuditHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get('streams/:stream/events')
  @ApiOperation({ summary: 'Every event of a stream as stored: data, actor, command, business and system time, hash chain' })
  @ApiParam({ name: 'stream', example: 'mou-30-ORI-MOU-X-2021' })
  @ApiQueryParam({ name: 'fromRevision', required: false, example: 0 })
  @ApiQueryParam({ name: 'limit', required: false, example: 100, description: '1–1000, default 100' })
  @ApiQuery({ description: 'A page of events; nextRevision continues it' })
  events(@Param('stream') stream: string, @Query('fromRevision') from?: string, @Query('limit') limit?: string) {
    const page = parsePageParams(from, limit);
    return this.queries.execute(new ReadStreamEventsQuery(stream, page.fromRevision, page.limit));
  }

  @Get('entities/:code/events')
  @ApiOperation({
    summary: 'Every event about one provider, across all its streams (entity, MoU, PKS, assessments, recommendations, obligations), in log order',
    description:
      'Events exactly as stored, each with its stream, revision and position. Pages follow the log: pass nextAfter as after. ' +
      'Read from the provider-events index, so a page costs the provider and the page, not the log; indexedTo says how far the index had read.',
  })
  @ApiParam({ name: 'code', description: 'Provider code', example: '64.01' })
  @ApiQueryParam({ name: 'after', required: false, example: '0', description: 'Exclusive log position: the nextAfter of the previous page (default: from the start)' })
  @ApiQueryParam({ name: 'limit', required: false, example: 100, description: `1–${MAX_PROVIDER_EVENTS_LIMIT}, default 100` })
  @ApiQueryParam({ name: 'minPosition', required: false, example: '42', description: 'Wait (up to 3 s, else 503) until the index has reached the position a command answered' })
  @ApiQuery({ description: '{entityCode, events: [same shape as a stream\'s events], nextAfter (null at the end), indexedTo}' })
  @Exportable(PROVIDER_EVENTS_EXPORT)
  providerEvents(@Param('code') code: string, @Query() query: Record<string, unknown>) {
    const params = parseProviderEventsParams(code, query);
    return this.queries.execute(new ReadProviderEventsQuery(params.entityCode, params.after, params.limit, params.minPosition));
  }

  @Get('streams/:stream/verify')
  @ApiOperation({ summary: "Recompute the stream's hash chain and name the first broken link, if any" })
  @ApiParam({ name: 'stream', example: 'assessment-64.01-2023' })
  @ApiQuery({ description: '{ok: true, events, lastHash} or {ok: false, brokenAt: {revision, eventId, reason, expected, actual}}' })
  verify(@Param('stream') stream: string) {
    return this.queries.execute(new VerifyStreamQuery(stream));
  }

  @Get('verify')
  @ApiOperation({ summary: 'Verify the hash chain of every stream in one pass over the log' })
  @ApiQuery({ description: '{ok, streams, events, headPosition, broken: [{stream, revision, eventId, reason}]}' })
  verifyAll() {
    return this.queries.execute(new VerifyAllStreamsQuery());
  }
}
