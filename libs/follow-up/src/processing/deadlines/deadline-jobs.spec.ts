import { ManualClock } from '@app/platform/clock';
import type { DeadlineQueues } from '../queues/deadline-queues';
import type { DeadlineJobData } from '../queues/job-types';
import { deadlineGroupJobId } from './deadline-groups';
import { DeadlineJobs } from './deadline-jobs';

const NOW = Date.parse('2026-01-01T00:00:00.000Z');
const step = (id: string, at: number): DeadlineJobData => ({ subject: { kind: 'recommendation', id }, stream: `recommendation-${id}`, version: 1, step: { type: 'overdue' }, stepKey: 'overdue', at, since: '1' });

function setUp() {
  const added: Array<{ name: string; data: unknown; opts: { jobId: string; delay: number } }> = [];
  const queues = { deadlines: { addBulk: async (jobs: typeof added) => void added.push(...jobs) } } as unknown as DeadlineQueues;
  return { jobs: new DeadlineJobs(queues, new ManualClock(new Date(NOW)), { recheckMs: 60_000 }), added };
}

describe('DeadlineJobs', () => {
  it('puts steps due at one instant in one job, and a step alone in its own job under its own id', async () => {
    const { jobs, added } = setUp();
    const burst = 'abcdefgh'.split('').map((id) => step(id, NOW + 5_000));
    await jobs.schedule([...burst, step('z', NOW + 9_000)]);
    expect(added).toEqual([
      { name: 'steps', data: { steps: burst }, opts: { jobId: deadlineGroupJobId(burst), delay: 5_000 } },
      { name: 'overdue', data: step('z', NOW + 9_000), opts: { jobId: 'recommendation-z|v1|overdue', delay: 9_000 } },
    ]);
  });

  it('puts each step in a job of its own when asked to (a group step not due, or failed alone), due now at the latest', async () => {
    const { jobs, added } = setUp();
    await jobs.scheduleAlone([step('a', NOW - 1_000), step('b', NOW - 1_000)]);
    expect(added.map((j) => [j.opts.jobId, j.opts.delay])).toEqual([
      ['recommendation-a|v1|overdue', 0],
      ['recommendation-b|v1|overdue', 0],
    ]);
  });

  it('never delays a job longer than recheckMs', async () => {
    const { jobs, added } = setUp();
    await jobs.schedule('abcdefgh'.split('').map((id) => step(id, NOW + 86_400_000)));
    await jobs.schedule([step('z', NOW + 86_400_000)]);
    expect(added.map((j) => [j.name, j.opts.delay])).toEqual([
      ['steps', 60_000],
      ['overdue', 60_000],
    ]);
  });
});
