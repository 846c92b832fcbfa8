import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import { ApiOperationalErrors, ApiQuery, optionalIntegerParam } from '@app/platform/http';
import { FailedNotifications } from './failed-notifications';
import { FailedNotificationListDto, RetriedNotificationDto } from './failed-notifications.response.dto';

/** Deliveries (webhooks, e-mail) that used up their retries: parked, never dropped, until an admin retries them. */
@ApiTags('admin')
@ApiOperationalErrors()
@Roles('admin')
@Controller('v1/admin/notifications/failed')
export class FailedNotificationsController {
  constructor(private readonly failed: FailedNotifications) {}

  @Get()
  @ApiOperation({ summary: 'Notifications that failed every attempt (newest first), with the last error' })
  @ApiQueryParam({ name: 'start', required: false, description: 'Offset in the failed set (default 0)', example: 0 })
  @ApiQueryParam({ name: 'count', required: false, description: 'How many to list, 1–1000 (default 100)', example: 100 })
  @ApiQuery({ description: 'The parked deliveries', type: FailedNotificationListDto })
  list(@Query('start') start?: string, @Query('count') count?: string): Promise<FailedNotificationListDto> {
    return this.failed.list(optionalIntegerParam('query.start', start, 0, 0, 1_000_000), optionalIntegerParam('query.count', count, 100, 1, 1000));
  }

  @Post(':jobId/retry')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Deliver a parked notification again, with a fresh set of attempts (never re-sent once delivered)' })
  @ApiQuery({ description: 'Back in the queue', type: RetriedNotificationDto })
  retry(@Param('jobId') jobId: string): Promise<RetriedNotificationDto> {
    return this.failed.retry(jobId);
  }
}
