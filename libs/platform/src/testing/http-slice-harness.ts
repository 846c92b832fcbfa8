import { CanActivate, DynamicModule, ExecutionContext, Injectable, Module, Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import type { Actor } from '@app/kernel';
import { EVENT_STORE, SqliteEventStore, UpcasterRegistry } from '@app/event-store';
import { ManualClock, ClockModule } from '../clock';
import { CommandsModule } from '../commands';
import { ProblemDetailsFilter, createValidationPipe } from '../http';

/** Stands in for the JWT guard: the actor comes as JSON in `x-test-actor`. */
@Injectable()
class HeaderActorGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; actor?: Actor }>();
    const raw = request.headers['x-test-actor'];
    if (raw) request.actor = JSON.parse(raw) as Actor;
    return true;
  }
}

@Module({})
class TestStoreModule {
  static with(store: SqliteEventStore): DynamicModule {
    const providers = [
      { provide: EVENT_STORE, useValue: store },
      { provide: UpcasterRegistry, useValue: new UpcasterRegistry() },
    ];
    return { module: TestStoreModule, global: true, providers, exports: [EVENT_STORE, UpcasterRegistry] };
  }
}

export interface SliceHarness {
  app: NestFastifyApplication;
  clock: ManualClock;
  store: SqliteEventStore;
  post(url: string, payload: object, actor: Actor, headers?: Record<string, string>): ReturnType<NestFastifyApplication['inject']>;
  get(url: string, actor: Actor): ReturnType<NestFastifyApplication['inject']>;
  close(): Promise<void>;
}

/**
 * A context's modules over Fastify with the platform's write path, problem filter and
 * validation pipe, on an in-memory SQLite store: the slices end to end, without the app.
 */
export async function startSlices(modules: Type[], now: Date): Promise<SliceHarness> {
  const clock = new ManualClock(now);
  const store = new SqliteEventStore(':memory:');
  const moduleRef = await Test.createTestingModule({
    imports: [ClockModule.forRoot(clock), TestStoreModule.with(store), CqrsModule.forRoot(), CommandsModule, ...modules],
    providers: [{ provide: APP_GUARD, useClass: HeaderActorGuard }],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(createValidationPipe());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const headers = (actor: Actor, extra: Record<string, string> = {}) => ({ 'x-test-actor': JSON.stringify(actor), ...extra });
  return {
    app,
    clock,
    store,
    post: (url, payload, actor, extra) => app.inject({ method: 'POST', url, payload, headers: headers(actor, extra) }),
    get: (url, actor) => app.inject({ method: 'GET', url, headers: headers(actor) }),
    async close() {
      await app.close();
      await store.close();
    },
  };
}
