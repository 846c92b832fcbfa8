import { stepKey } from '../../deadlines/deadline-commands.port';
import type { DeadlinePolicy } from '../../deadlines/deadline-policy';
import { deadlineSchedule, isPointless, parseStepKey, priorSteps, stepKeysOf } from './deadline-schedule';

const policy: DeadlinePolicy = {
  reminderDaysBefore: [7, 1],
  ladder: [
    { level: 1, to: 'unit_head', afterDays: 0 },
    { level: 2, to: 'regional_secretary', afterDays: 14 },
    { level: 3, to: 'ombudsman_leadership', afterDays: 30 },
    { level: 4, to: 'publication', afterDays: 60 },
  ],
};
// End of 2025-05-09 in WITA.
const deadline = { version: 2, dueAt: '2025-05-09T16:00:00.000Z' };

describe('deadlineSchedule', () => {
  it('puts reminders d days before the due instant, overdue at it, escalation L afterDays of rung L after it', () =>
    expect(deadlineSchedule(deadline, policy).map(({ key, at }) => [key, at.toISOString()])).toEqual([
      ['reminder-7d', '2025-05-02T16:00:00.000Z'],
      ['reminder-1d', '2025-05-08T16:00:00.000Z'],
      ['overdue', '2025-05-09T16:00:00.000Z'],
      ['escalation-1', '2025-05-09T16:00:00.000Z'],
      ['escalation-2', '2025-05-23T16:00:00.000Z'],
      ['escalation-3', '2025-06-08T16:00:00.000Z'],
      ['escalation-4', '2025-07-08T16:00:00.000Z'],
    ]));

  it('carries the step itself, for the deadline command', () =>
    expect(deadlineSchedule(deadline, policy).slice(0, 4).map((s) => s.step)).toEqual([
      { type: 'reminder', daysBefore: 7 },
      { type: 'reminder', daysBefore: 1 },
      { type: 'overdue' },
      { type: 'escalation', level: 1 },
    ]));

  it('has no reminders when they are off', () =>
    expect(deadlineSchedule(deadline, { ...policy, reminderDaysBefore: [] }).map((s) => s.key)).toEqual([
      'overdue',
      'escalation-1',
      'escalation-2',
      'escalation-3',
      'escalation-4',
    ]));

  it('refuses a deadline without a usable dueAt', () => expect(() => deadlineSchedule({ version: 1, dueAt: 'soon' }, policy)).toThrow(/v1 has no valid dueAt: soon/));

  it('lists the keys a version can have, whatever its dates', () =>
    expect(stepKeysOf(policy)).toEqual(['reminder-7d', 'reminder-1d', 'overdue', 'escalation-1', 'escalation-2', 'escalation-3', 'escalation-4']));
});

describe('step keys and order', () => {
  it.each(['reminder-7d', 'reminder-30d', 'overdue', 'escalation-1', 'escalation-12'])('round-trips %s', (key) => {
    const step = parseStepKey(key);
    expect(step && stepKey(step)).toBe(key);
  });

  it.each(['reminder-0d', 'reminder-7', 'escalation-0', 'overdue-1', ''])('does not recognise %p', (key) => expect(parseStepKey(key)).toBeNull());

  it('makes a reminder pointless once the due instant has passed, never earlier', () => {
    const at = Date.parse('2025-05-08T16:00:00.000Z');
    const dueAt = Date.parse(deadline.dueAt);
    expect(isPointless({ type: 'reminder', daysBefore: 1 }, at, dueAt - 1)).toBe(false);
    expect(isPointless({ type: 'reminder', daysBefore: 1 }, at, dueAt)).toBe(true);
    expect(isPointless({ type: 'overdue' }, dueAt, dueAt + 10 * 86_400_000)).toBe(false);
  });

  it('needs the overdue mark and every lower rung before an escalation', () => {
    expect(priorSteps({ type: 'escalation', level: 3 })).toEqual([
      { type: 'overdue' },
      { type: 'escalation', level: 1 },
      { type: 'escalation', level: 2 },
    ]);
    expect(priorSteps({ type: 'escalation', level: 1 })).toEqual([{ type: 'overdue' }]);
    expect(priorSteps({ type: 'overdue' })).toEqual([]);
    expect(priorSteps({ type: 'reminder', daysBefore: 1 })).toEqual([]);
  });
});
