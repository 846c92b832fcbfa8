import type { DeadlineJobData } from '../queues/job-types';
import { deadlineGroupJobId, groupsByInstant, isGroupJob } from './deadline-groups';

const step = (id: string, at: number): DeadlineJobData => ({ subject: { kind: 'recommendation', id }, stream: `recommendation-${id}`, version: 1, step: { type: 'overdue' }, stepKey: 'overdue', at, since: '1' });

describe('deadline step groups', () => {
  it('groups steps due at one instant, in their order, and never more than the maximum per group', () => {
    const steps = [step('a', 1), step('b', 2), step('c', 1), step('d', 1), step('e', 2)];
    expect(groupsByInstant(steps, { max: 2, minSubjects: 2 }).map((g) => g.map((s) => s.subject.id))).toEqual([['a', 'c'], ['d'], ['b', 'e']]);
  });

  it("leaves each step in a job of its own when its instant holds too few subjects to be worth a group (one deadline's mark and rung 1)", () => {
    const own = { ...step('a', 1), step: { type: 'escalation', level: 1 }, stepKey: 'escalation-1' } as DeadlineJobData;
    expect(groupsByInstant([step('a', 1), own, step('b', 2), step('c', 2)], { max: 10, minSubjects: 2 }).map((g) => g.map((s) => `${s.subject.id}:${s.stepKey}`))).toEqual([
      ['a:overdue'],
      ['a:escalation-1'],
      ['b:overdue', 'c:overdue'],
    ]);
  });

  it('names a group by its instant and its steps, so the same steps read again make the same job', () => {
    const id = deadlineGroupJobId([step('a', 1), step('b', 1)]);
    expect(id).toMatch(/^steps\|1\|[0-9a-f]{32}$/);
    expect(deadlineGroupJobId([step('a', 1), step('b', 1)])).toBe(id);
    expect(deadlineGroupJobId([step('a', 1), step('c', 1)])).not.toBe(id);
    expect(id).not.toContain(':');
  });

  it('tells a group job from a one-step job', () => {
    expect(isGroupJob({ steps: [step('a', 1)] })).toBe(true);
    expect(isGroupJob(step('a', 1))).toBe(false);
  });
});
