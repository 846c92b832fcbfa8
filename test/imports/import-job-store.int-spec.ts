import Redis from 'ioredis';
import { ImportJobStore, type ImportJobStatus } from '@app/imports';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';

/** The job status a progress bar reads: in Redis, with a lease that tells a live job from one whose writer stopped. */
describe('ImportJobStore', () => {
  let server: PrivateRedis;
  let redis: Redis;
  let jobs: ImportJobStore;
  const status = (importId: string, state: ImportJobStatus['status']): Omit<ImportJobStatus, 'positions'> => ({
    importId,
    kind: 'assessments',
    status: state,
    rowsDone: 1,
    rowsTotal: 3,
    written: 1,
    replayed: 0,
    errors: [],
    lastPosition: '7',
    correlationId: importId,
    startedBy: 'officer-1',
    startedAt: '2026-11-22T03:00:00.000Z',
    finishedAt: null,
  });

  beforeAll(async () => {
    server = await startPrivateRedis();
    redis = new Redis(server.url);
    jobs = new ImportJobStore(redis, { url: server.url, keyPrefix: 'test:' });
  });
  afterAll(async () => {
    redis.disconnect();
    await server.stop();
  });

  it('keeps the status and appends the positions written, under the product key prefix with a TTL', async () => {
    await jobs.save(status('job-1', 'writing'), ['5', '7']);
    await jobs.save({ ...status('job-1', 'done'), rowsDone: 3 }, ['9']);
    expect(await jobs.load('job-1')).toMatchObject({ status: 'done', rowsDone: 3, positions: ['5', '7', '9'] });
    expect(await redis.ttl('test:import:{job-1}')).toBeGreaterThan(0);
    expect(await redis.ttl('test:import:{job-1}:positions')).toBeGreaterThan(0);
    expect(await jobs.load('job-unknown')).toBeNull();
  });

  it('reads a writing job whose lease is gone as interrupted: its writer stopped mid-file', async () => {
    await jobs.save(status('job-2', 'writing'));
    expect((await jobs.load('job-2'))?.status).toBe('writing');
    await redis.del('test:import:{job-2}:lease'); // what the lease's expiry does when no writer renews it
    expect((await jobs.load('job-2'))?.status).toBe('interrupted');
  });
});
