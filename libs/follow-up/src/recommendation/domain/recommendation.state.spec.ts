import type { RecommendationIssued } from './recommendation.events';
import { issuedEvent } from './recommendation.spec-fixtures';
import { evolve } from './recommendation.state';

/** The issue as a store returns it: parsed from its stored JSON. */
const stored = (data: object): RecommendationIssued => ({ type: 'RecommendationIssued', data: JSON.parse(JSON.stringify(data)) as RecommendationIssued['data'] });

const EMPTY_STEPS = {
  remindersSent: [],
  overdueVersion: null,
  escalationLevel: 0,
  open: true,
  closure: null,
  actionItems: [],
  followUps: [],
  notActionableRequests: [],
  extensionRequests: [],
  reminders: [],
  overdueMarks: [],
  escalations: [],
};

describe('recommendation state from its issue', () => {
  it.each([
    ['as the decider writes it', {}],
    ['with a key it does not write', { extra: 'kept as stored' }],
  ])('holds the issue as stored (%s), key for key and in order, then its deadline history and empty steps', (_, more) => {
    const rule = { unit: 'calendar_days', count: 60 };
    const event = stored({ ...issuedEvent.data, ...more, deadline: { ...issuedEvent.data.deadline, setBy: 'rule', rule } });
    const before = JSON.stringify(event);
    const { deadline, ...rest } = event.data;
    const state = evolve(null, event);
    const current = { ...deadline, rule, calendar: null };
    // JSON keeps key order: the state reads (and is served) as the spread of the event always was.
    expect(JSON.stringify(state)).toBe(JSON.stringify({ ...rest, deadline: current, deadlineHistory: [current], ...EMPTY_STEPS }));
    expect(state?.deadlineHistory[0]).toBe(state?.deadline);
    // A copy: folding the state further never reaches into the event.
    expect(state?.deadline).not.toBe(deadline);
    expect(state?.deadline.rule).not.toBe(deadline.rule);
    expect(JSON.stringify(event)).toBe(before);
  });

  it.each([
    ['last, as the decider writes it', (deadline: object, calendar: object) => ({ ...deadline, calendar })],
    ['first', (deadline: object, calendar: object) => ({ calendar, ...deadline })],
    ['and a late record', (deadline: object, calendar: object) => ({ ...deadline, calendar, ladderFrom: '2025-06-01T03:00:00.000Z' })],
  ])('keeps the calendar a deadline was counted with, where the stored deadline has it (%s)', (_, shape) => {
    const calendar = [{ year: 2025, source: 'skb' }];
    const event = stored({ ...issuedEvent.data, deadline: shape(issuedEvent.data.deadline, calendar) });
    const { deadline } = event.data;
    const state = evolve(null, event);
    expect(JSON.stringify(state?.deadline)).toBe(JSON.stringify({ ...deadline, rule: deadline.rule, calendar }));
  });

  it('keeps a stored "__proto__" key as data, never as the prototype of the state', () => {
    const event = stored(issuedEvent.data);
    Object.defineProperty(event.data, '__proto__', { value: { open: false }, enumerable: true, writable: true, configurable: true });
    const state = evolve(null, event);
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(state, '__proto__')).toBe(true);
    expect(state?.open).toBe(true);
  });
});
