import { BadRequestException, Body, Controller, Get, Logger, NotFoundException, Param, Post, ServiceUnavailableException } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { IsInt, IsString, Min } from 'class-validator';
import { DomainError, type DomainErrorKind } from '@app/kernel';
import { ConcurrencyError, StoreUnavailable, StreamNotFound } from '@app/event-store';
import { problemTitle, problemType } from './problem';
import { ProblemDetailsFilter } from './problem-details.filter';
import { createValidationPipe } from './validation.pipe';

class RegisterUnitDto {
  @IsString()
  unitId!: string;

  @IsInt()
  @Min(1)
  seats!: number;
}

@Controller()
class FailingController {
  @Get('domain/:kind')
  domain(@Param('kind') kind: DomainErrorKind) {
    throw new DomainError(kind, 'NoMethodology', 'No methodology for 2020', [{ field: 'year', message: 'no methodology for 2020', allowed: [2023, 2024] }]);
  }

  @Post('mous/:id/terminate')
  concurrency() {
    throw new ConcurrencyError('mou-7', 3, 5);
  }

  @Get('streams/:id')
  missingStream() {
    throw new StreamNotFound('pks-9');
  }

  @Get('store-down')
  storeDown() {
    throw new StoreUnavailable('connect ECONNREFUSED esdb://admin:changeit@10.0.0.5:2113');
  }

  @Get('boom')
  boom() {
    throw new Error('secret: password=hunter2');
  }

  @Get('nest-404')
  nestNotFound() {
    throw new NotFoundException('No such recommendation');
  }

  @Get('bad-if-match')
  badIfMatch() {
    throw new BadRequestException({ message: 'If-Match must be a revision', errors: [{ field: 'header.If-Match', message: '"x" is not a revision' }] });
  }

  @Get('health')
  health() {
    throw new ServiceUnavailableException({ status: 'error', info: {}, error: { eventStore: { status: 'down' } }, details: {} });
  }

  @Post('units')
  register(@Body() body: RegisterUnitDto) {
    return body;
  }
}

describe('ProblemDetailsFilter', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [FailingController] }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
    app.useGlobalFilters(new ProblemDetailsFilter());
    app.useGlobalPipes(createValidationPipe());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(() => app.close());

  const get = (url: string) => app.inject({ method: 'GET', url });

  it.each<[DomainErrorKind, number]>([
    ['invalid', 422],
    ['conflict', 409],
    ['not_found', 404],
    ['forbidden', 403],
  ])('maps a %s DomainError to %i with its fields', async (kind, status) => {
    const res = await get(`/domain/${kind}?x=1`);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.json()).toEqual({
      type: 'urn:problem:no-methodology',
      title: 'No methodology',
      status,
      detail: 'No methodology for 2020',
      instance: `/domain/${kind}`,
      code: 'NoMethodology',
      errors: [{ field: 'year', message: 'no methodology for 2020', allowed: [2023, 2024] }],
    });
  });

  it('maps a concurrency conflict to 412 when the client sent If-Match', async () => {
    const res = await app.inject({ method: 'POST', url: '/mous/7/terminate', headers: { 'if-match': '"3"' } });
    expect(res.statusCode).toBe(412);
    expect(res.json()).toMatchObject({ code: 'PreconditionFailed', detail: expect.stringContaining('expected revision 3, actual 5') });
  });

  it('maps a concurrency conflict to 409 otherwise', async () => {
    const res = await app.inject({ method: 'POST', url: '/mous/7/terminate' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'ConcurrentModification', detail: expect.stringContaining('expected revision 3, actual 5') });
  });

  it('maps StreamNotFound to 404', async () => {
    const res = await get('/streams/9');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'StreamNotFound', detail: 'Stream pks-9 does not exist' });
  });

  it('maps StoreUnavailable to 503 with Retry-After, keeping its message out of the body', async () => {
    const res = await get('/store-down');
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json()).toMatchObject({ code: 'StoreUnavailable' });
    expect(res.body).not.toContain('changeit');
  });

  it('answers anything else with a generic 500 and logs the cause', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const res = await get('/boom');
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      type: 'urn:problem:internal-error',
      title: 'Internal error',
      status: 500,
      detail: 'An unexpected error occurred. It has been logged.',
      instance: '/boom',
      code: 'InternalError',
    });
    expect(res.body).not.toMatch(/hunter2|at .*\.ts/);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('hunter2'), expect.stringContaining('Error: secret'));
    logged.mockRestore();
  });

  it('keeps the status and message of Nest HTTP exceptions', async () => {
    const res = await get('/nest-404');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ type: 'urn:problem:not-found', title: 'Not found', code: 'NotFound', detail: 'No such recommendation' });
  });

  it('keeps field errors and extra members that an HTTP exception carries', async () => {
    expect((await get('/bad-if-match')).json()).toMatchObject({
      status: 400,
      code: 'BadRequest',
      detail: 'If-Match must be a revision',
      errors: [{ field: 'header.If-Match', message: '"x" is not a revision' }],
    });
    const health = await get('/health');
    expect(health.statusCode).toBe(503);
    expect(health.headers['retry-after']).toBe('5');
    expect(health.json()).toMatchObject({ code: 'ServiceUnavailable', status: 503, error: { eventStore: { status: 'down' } } });
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await get('/nowhere');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NotFound', detail: 'Cannot GET /nowhere', instance: '/nowhere' });
  });

  it('answers unparseable JSON with 400 and an unsupported media type with 415', async () => {
    const badJson = await app.inject({ method: 'POST', url: '/units', headers: { 'content-type': 'application/json' }, payload: '{"unitId": ' });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(badJson.json()).toMatchObject({ code: 'BadRequest', instance: '/units' });

    const xml = await app.inject({ method: 'POST', url: '/units', headers: { 'content-type': 'application/xml' }, payload: '<unit/>' });
    expect(xml.statusCode).toBe(415);
    expect(xml.json()).toMatchObject({ code: 'UnsupportedMediaType', status: 415 });
  });

  it('answers a body that fails validation with 400 and each field', async () => {
    const res = await app.inject({ method: 'POST', url: '/units', payload: { unitId: 'dinkes', seats: 0, colour: 'red' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      type: 'urn:problem:validation',
      title: 'Request validation failed',
      status: 400,
      detail: 'Invalid fields: colour, seats',
      instance: '/units',
      code: 'ValidationFailed',
      errors: [
        { field: 'colour', message: 'property colour should not exist', allowed: ['seats', 'unitId'] },
        { field: 'seats', message: 'seats must not be less than 1' },
      ],
    });
  });
});

describe('problem type and title', () => {
  it.each([
    ['OutsideScope', 'urn:problem:outside-scope', 'Outside scope'],
    ['PKSNotFinal', 'urn:problem:pks-not-final', 'PKS not final'],
    ['already_closed', 'urn:problem:already-closed', 'Already closed'],
  ])('%s → %s, %s', (code, type, title) => {
    expect(problemType(code)).toBe(type);
    expect(problemTitle(code)).toBe(title);
  });
});
