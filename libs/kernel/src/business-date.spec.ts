import { businessDate, dated } from './business-date';
import { DomainError } from './domain-errors';

const refusal = (run: () => unknown): DomainError => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('businessDate: the date of an act, in the provider zone', () => {
  // 23:30 UTC on 10 March is already 11 March 08:30 in WIT (UTC+9).
  const now = new Date('2025-03-10T23:30:00Z');

  it('defaults to today in the provider zone and then occurred at the command instant', () => {
    expect(businessDate(undefined, { field: 'submittedOn', zone: 'WIT', now })).toEqual({ on: '2025-03-11' });
    expect(businessDate(undefined, { field: 'submittedOn', zone: 'WIB', now })).toEqual({ on: '2025-03-11' });
  });

  it("allows today in the provider zone and refuses tomorrow there, naming the field and today's date", () => {
    expect(businessDate('2025-03-11', { field: 'verifiedOn', zone: 'WIT', now })).toEqual({ on: '2025-03-11' });
    const error = refusal(() => businessDate('2025-03-12', { field: 'verifiedOn', zone: 'WIT', now }));
    expect(error).toMatchObject({ kind: 'invalid', code: 'DateInFuture', fields: [{ field: 'verifiedOn', message: 'in the future', allowed: 'verifiedOn ≤ 2025-03-11' }] });
  });

  it('judges "today" in the zone: the WIT date is refused by a zone still on the day before', () => {
    const early = new Date('2025-03-10T16:30:00Z'); // 11 March 01:30 WIT, still 10 March 23:30 WIB
    expect(businessDate('2025-03-11', { field: 'closedOn', zone: 'WIT', now: early }).on).toBe('2025-03-11');
    expect(refusal(() => businessDate('2025-03-11', { field: 'closedOn', zone: 'WIB', now: early })).code).toBe('DateInFuture');
  });

  it('places a past date at the last millisecond of that day in the zone', () => {
    expect(businessDate('2023-06-01', { field: 'submittedOn', zone: 'WITA', now })).toEqual({ on: '2023-06-01', occurredAt: new Date('2023-06-01T15:59:59.999Z') });
  });

  it('allows the same day as the subject and refuses the day before, with the floor code', () => {
    const rule = { field: 'submittedOn', zone: 'WITA' as const, now, notBefore: { date: '2023-05-31', name: 'issuedOn' } };
    expect(businessDate('2023-05-31', rule).on).toBe('2023-05-31');
    expect(refusal(() => businessDate('2023-05-30', rule))).toMatchObject({
      code: 'DateBeforeIssue',
      fields: [{ field: 'submittedOn', message: 'before issuedOn', allowed: 'submittedOn ≥ 2023-05-31' }],
    });
    const submitted = { date: '2023-06-01', name: "the follow-up's submittedOn", code: 'DateBeforeSubmission' };
    expect(refusal(() => businessDate('2023-05-31', { ...rule, field: 'verifiedOn', notBefore: [rule.notBefore, submitted] })).code).toBe('DateBeforeSubmission');
  });

  it('refuses a malformed date naming the field', () => {
    expect(refusal(() => businessDate('2023-02-29', { field: 'requestedOn', zone: 'WIB', now }))).toMatchObject({ code: 'InvalidDate', fields: [{ field: 'requestedOn' }] });
  });

  it('stamps an event with occurredAt only when the act is not dated today', () => {
    const event = { type: 'Done', data: {} };
    expect(dated(event, { on: '2025-03-11' })).toEqual(event);
    expect(dated(event, { on: '2023-06-01', occurredAt: new Date('2023-06-01T15:59:59.999Z') })).toEqual({ ...event, occurredAt: new Date('2023-06-01T15:59:59.999Z') });
  });
});
