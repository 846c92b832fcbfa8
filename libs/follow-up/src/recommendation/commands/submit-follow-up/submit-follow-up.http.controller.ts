import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import { FollowUpSubmittedResult, SubmitFollowUpCommand } from './submit-follow-up.command';
import { SubmitFollowUpRequestDto } from './submit-follow-up.request.dto';
import { FollowUpSubmittedResultDto } from './submit-follow-up.response.dto';

@ApiTags('recommendations')
@Controller('v1/recommendations')
export class SubmitFollowUpHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/follow-ups')
  @HttpCode(HttpStatus.CREATED)
  @Roles('liaison', 'officer', 'admin')
  @ApiOperation({
    summary:
      'The liaison submits a follow-up with its evidence; or an officer covering the province records one received outside the system (receivedVia surat, rapat, email, lainnya) with its date and documents',
    description:
      'Each document is stored content-addressed (local directory, or S3 when EVIDENCE_S3_BUCKET is set) and recorded with its name, media type, size and SHA-256 computed from the bytes. At most 10 documents, 5 MiB each, 10 MiB together.',
  })
  @ApiParam({ name: 'id', description: 'Recommendation id', example: '0b0f7c5e-3f7e-5f43-9d0e-6a1b2c3d4e5f' })
  @ApiCreatedResponse({ type: FollowUpSubmittedResultDto })
  @ApiCommand({ status: 201, description: 'Submitted; the body names the followUpId' })
  submit(@Param('id') id: string, @Body() body: SubmitFollowUpRequestDto, @Meta() meta: CommandMeta): Promise<FollowUpSubmittedResult> {
    return this.commands.execute(new SubmitFollowUpCommand(id, body, meta));
  }
}
