import { createHash } from 'node:crypto';
import { DeadlineJobData, deadlineJobId } from '../queues/job-types';

/**
 * Most steps one `deadlines` job carries. A burst of steps due at one instant becomes jobs of this
 * many steps, each recorded in one commit: BullMQ's cost per job and the store's per commit are
 * shared by the group. Bounded so that one job's commit stays short (well under JOB_LOCK_MS) and a
 * group that runs again after a crash repeats little.
 */
export const GROUP_MAX = 256;

/** A group of steps due at one instant (same `at`), recorded together. */
export interface DeadlineGroupJobData {
  steps: DeadlineJobData[];
}

export const isGroupJob = (data: DeadlineJobData | DeadlineGroupJobData): data is DeadlineGroupJobData => 'steps' in data;

/**
 * `steps|<instant>|<digest of its steps' job ids>`: the same steps give the same id, so a sweep
 * that reads them again (full sweeps, replicas) adds nothing.
 */
export function deadlineGroupJobId(steps: readonly DeadlineJobData[]): string {
  const digest = createHash('sha256');
  for (const s of steps) digest.update(`${deadlineJobId(s.stream, s.version, s.stepKey)}\n`);
  return `steps|${steps[0].at}|${digest.digest('hex').slice(0, 32)}`;
}

/**
 * Fewest subjects whose steps, due at one instant, share a job. Below it each step keeps a job of
 * its own, under its own id, which the reactor removes at once when the deadline moves or the
 * subject closes; a group cannot be cut that way (its job checks the schedule instead). A group
 * pays off only when it spreads a job over many subjects: a burst, not one deadline's overdue
 * mark and first rung.
 */
export const GROUP_MIN_SUBJECTS = 8;

/**
 * Steps grouped by instant, in their given order, at most `max` per group; the steps of an instant
 * with fewer than `minSubjects` subjects each in a group of one.
 */
export function groupsByInstant(steps: readonly DeadlineJobData[], limits = { max: GROUP_MAX, minSubjects: GROUP_MIN_SUBJECTS }): DeadlineJobData[][] {
  const byInstant = new Map<number, DeadlineJobData[]>();
  for (const step of steps) {
    const same = byInstant.get(step.at);
    if (same) same.push(step);
    else byInstant.set(step.at, [step]);
  }
  const groups: DeadlineJobData[][] = [];
  for (const same of byInstant.values()) {
    if (new Set(same.map((s) => s.stream)).size < limits.minSubjects) groups.push(...same.map((s) => [s]));
    else for (let i = 0; i < same.length; i += limits.max) groups.push(same.slice(i, i + limits.max));
  }
  return groups;
}
