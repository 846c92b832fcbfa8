import { loadDeadlinePolicy, parseReminderDays } from './deadline-policy';

describe('deadline policy', () => {
  it('defaults to reminders 7 and 1 days before, with the bundled ladder', () => {
    const policy = loadDeadlinePolicy({});
    expect(policy.reminderDaysBefore).toEqual([7, 1]);
    expect(policy.ladder.map((rung) => rung.to)).toEqual(['unit_head', 'regional_secretary', 'ombudsman_leadership', 'publication']);
  });

  it('reads REMINDER_DAYS_BEFORE, largest first, and "none" turns reminders off', () => {
    expect(parseReminderDays(' 1, 14 ,3')).toEqual([14, 3, 1]);
    expect(parseReminderDays('none')).toEqual([]);
    expect(parseReminderDays('')).toEqual([7, 1]);
  });

  it.each(['0', '7,x', '-1', '2.5', '366', '7,,1'])('refuses REMINDER_DAYS_BEFORE=%s, naming the variable and the accepted form', (value) =>
    expect(() => parseReminderDays(value)).toThrow(new RegExp(`^REMINDER_DAYS_BEFORE=.*1 to 365; expected e\\.g\\. 7,1 or none$`)));

  it('refuses a day count given twice', () => expect(() => parseReminderDays('7,1,7')).toThrow(/REMINDER_DAYS_BEFORE=7,1,7: a day count is given twice/));

  it('takes the ladder from ESCALATION_LADDER_FILE', () => {
    const file = JSON.stringify([{ level: 1, to: 'unit_head', afterDays: 3 }]);
    const policy = loadDeadlinePolicy({ ESCALATION_LADDER_FILE: '/etc/ladder.json', REMINDER_DAYS_BEFORE: '2' }, () => file);
    expect(policy).toEqual({ reminderDaysBefore: [2], ladder: [{ level: 1, to: 'unit_head', afterDays: 3 }] });
  });

  it('names ESCALATION_LADDER_FILE when the file is unusable', () =>
    expect(() => loadDeadlinePolicy({ ESCALATION_LADDER_FILE: 'missing.json' }, () => '[')).toThrow(/ESCALATION_LADDER_FILE=missing\.json/));
});
