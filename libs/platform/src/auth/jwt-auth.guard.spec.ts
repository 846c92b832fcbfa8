import { Controller, Get } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '@app/kernel';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ProblemDetailsFilter } from '../http/problem-details.filter';
import { AuthUnavailable } from './auth-errors';
import { AuthModule } from './auth.module';
import { CurrentActor } from './current-actor.decorator';
import { LocalTokenMinter } from './local-token-minter';
import { Public } from './public.decorator';
import { Roles } from './roles.decorator';
import { TokenService } from './token.service';

@Controller()
class ProbeController {
  @Get('health')
  @Public()
  health() {
    return { ok: true };
  }

  @Get('me')
  me(@CurrentActor() actor: Actor) {
    return actor;
  }

  @Get('admin-only')
  @Roles('admin')
  adminOnly() {
    return { ok: true };
  }

  @Get('public-but-asks-for-actor')
  @Public()
  miswired(@CurrentActor() actor: Actor) {
    return actor;
  }
}

@Controller('audit')
@Roles('auditor', 'admin')
class AuditProbeController {
  @Get('events')
  events() {
    return { ok: true };
  }

  @Get('officer-view')
  @Roles('officer')
  officerView() {
    return { ok: true };
  }
}

@Controller('docs')
@Public()
class DocsProbeController {
  @Get()
  docs() {
    return { ok: true };
  }
}

/** One handler, inherited by two controllers with different roles: each keeps its own. */
abstract class ReportProbe {
  @Get('report')
  report() {
    return { ok: true };
  }
}

@Controller('officers')
@Roles('officer')
class OfficerReportController extends ReportProbe {}

@Controller('admins')
@Roles('admin')
class AdminReportController extends ReportProbe {}

async function startApp(dataDir: string, tokenService?: Partial<TokenService>): Promise<NestFastifyApplication> {
  const config: AppConfig = { dataDir, port: 0, oidc: { consoleClientId: 'follow-up-console' }, redis: { keyPrefix: 'ofu:' } };
  let builder = Test.createTestingModule({ imports: [AuthModule], controllers: [ProbeController, AuditProbeController, DocsProbeController, OfficerReportController, AdminReportController] })
    .overrideProvider(APP_CONFIG)
    .useValue(config);
  if (tokenService) builder = builder.overrideProvider(TokenService).useValue(tokenService);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
  app.useGlobalFilters(new ProblemDetailsFilter());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

describe('JwtAuthGuard', () => {
  let dataDir: string;
  let app: NestFastifyApplication;
  let minter: LocalTokenMinter;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'auth-guard-'));
    app = await startApp(dataDir);
    minter = app.get(LocalTokenMinter);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const get = (url: string, token?: string) =>
    app.inject({ method: 'GET', url, headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });

  it('lets anyone reach @Public routes, on a method or a whole controller', async () => {
    expect((await get('/health')).statusCode).toBe(200);
    expect((await get('/docs')).statusCode).toBe(200);
  });

  it('asks for a token when there is none, without an error code (RFC 6750 §3.1)', async () => {
    const res = await get('/me');
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="ombudsman-follow-up"');
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 401, code: 'AuthenticationRequired', type: 'urn:problem:authentication-required', instance: '/me' });
  });

  it('treats another scheme as no token', async () => {
    const res = await app.inject({ method: 'GET', url: '/me', headers: { authorization: 'Basic YWRtaW46YWRtaW4=' } });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'AuthenticationRequired' });
  });

  it('refuses a bad token with invalid_token and the reason', async () => {
    const res = await get('/me', await minter.mint({ sub: 'x', role: 'admin', expiresIn: '-1h' }));
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="ombudsman-follow-up", error="invalid_token", error_description="token has expired"');
    expect(res.json()).toMatchObject({ code: 'InvalidToken', detail: 'The bearer token was refused: token has expired' });
  });

  it('keeps the challenge header well-formed whatever the reason says', async () => {
    const res = await get('/me', 'not-a-jwt');
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer realm="ombudsman-follow-up", error="invalid_token", error_description="[^"\\]+"$/);
  });

  it('sets the actor for the handler', async () => {
    const res = await get('/me', await minter.mint({ sub: 'budi', name: 'Budi', role: 'officer', provinces: ['63'] }));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: 'budi', name: 'Budi', role: 'officer', provinces: ['63'] });
  });

  it('reads the roles of an inherited handler from the controller it is reached through, every time', async () => {
    const officer = await minter.mint({ sub: 'o', role: 'officer', provinces: ['*'] });
    for (let round = 0; round < 2; round++) {
      expect([round, (await get('/officers/report', officer)).statusCode, (await get('/admins/report', officer)).statusCode]).toEqual([round, 200, 403]);
    }
  });

  it('enforces @Roles with 403 naming the allowed roles', async () => {
    const officer = await minter.mint({ sub: 'o', role: 'officer', provinces: ['*'] });
    const res = await get('/admin-only', officer);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'RoleNotAllowed', detail: 'Role officer may not use this endpoint; allowed: admin' });
    expect((await get('/admin-only', await minter.mint({ sub: 'a', role: 'admin' }))).statusCode).toBe(200);
  });

  it('lets a method @Roles replace the controller one', async () => {
    const auditor = await minter.mint({ sub: 'au', role: 'auditor' });
    const officer = await minter.mint({ sub: 'o', role: 'officer', provinces: ['63'] });
    expect((await get('/audit/events', auditor)).statusCode).toBe(200);
    expect((await get('/audit/events', officer)).statusCode).toBe(403);
    expect((await get('/audit/officer-view', officer)).statusCode).toBe(200);
    expect((await get('/audit/officer-view', auditor)).statusCode).toBe(403);
  });

  it('fails loudly (500) when @CurrentActor is used on a public route', async () => {
    const res = await get('/public-but-asks-for-actor');
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ code: 'InternalError' });
  });
});

describe('JwtAuthGuard when the identity provider is down', () => {
  it('answers 503 with Retry-After, not 401', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'auth-guard-'));
    const app = await startApp(dataDir, { verify: () => Promise.reject(new AuthUnavailable('connect ECONNREFUSED')) });
    try {
      const res = await app.inject({ method: 'GET', url: '/me', headers: { authorization: 'Bearer abc.def.ghi' } });
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.json()).toMatchObject({ code: 'AuthUnavailable' });
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
