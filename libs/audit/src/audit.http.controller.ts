import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import { ApiQuery } from '@app/platform/http';
import { ReadStreamEventsQuery } from './queries/read-stream-events/read-stream-events.query';
import { VerifyStreamQuery } from './queries/verify-stream/verify-stream.query';
import { VerifyAllStreamsQuery } from './queries/verify-all-streams/verify-all-streams.query';
import { parsePageParams } from './page-params';

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
