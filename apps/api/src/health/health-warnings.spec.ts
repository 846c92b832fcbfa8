import { ServiceUnavailableException } from '@nestjs/common';
import type { HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { CalendarHealth, HealthWarning } from './calendar.health';
import type { ComponentHealth } from './component-health';
import type { EventStoreHealthIndicator } from './event-store.health';
import { HealthController } from './health.controller';
import type { HealthViewer } from './health-viewer';
import type { ProjectionsHealthIndicator } from './projections.health';
import type { RedisHealthIndicator } from './redis.health';

const warning: HealthWarning = { component: 'calendar', code: 'NoCalendarForYear', year: 2027 };
const up: ComponentHealth = { up: true, summary: {}, details: {} };

/** The controller with its indicators stubbed: what the warnings do to the answer, up or down. */
function controller(checked: () => Promise<object>, warnings: HealthWarning[]) {
  const component = { check: () => Promise.resolve(up) };
  return new HealthController(
    { check: checked } as unknown as HealthCheckService,
    {} as HealthIndicatorService,
    { isAdmin: () => Promise.resolve(false) } as unknown as HealthViewer,
    component as unknown as EventStoreHealthIndicator,
    component as unknown as RedisHealthIndicator,
    component as unknown as ProjectionsHealthIndicator,
    { warnings: () => Promise.resolve(warnings) } as unknown as CalendarHealth,
  );
}

describe('/health warnings', () => {
  const ok = { status: 'ok', info: {}, error: {}, details: {} };

  it('are listed beside a healthy answer without changing its status', async () => {
    await expect(controller(() => Promise.resolve(ok), [warning]).check()).resolves.toEqual({ ...ok, warnings: [warning] });
  });

  it('are absent when there are none', async () => {
    await expect(controller(() => Promise.resolve(ok), []).check()).resolves.toEqual(ok);
  });

  it('are kept in a 503, which stays a 503', async () => {
    const down = { status: 'error', info: {}, error: { redis: { status: 'down' } }, details: {} };
    const answer = controller(() => Promise.reject(new ServiceUnavailableException(down)), [warning]).check();
    await expect(answer).rejects.toBeInstanceOf(ServiceUnavailableException);
    await expect(answer.catch((e: ServiceUnavailableException) => e.getResponse())).resolves.toEqual({ ...down, warnings: [warning] });
  });
});
