import { evidenceState, fulfilment, type ActionItemFacts, type FollowUpFacts, type ItemFacts } from './item-facts';

const item = (itemId: string, closedOn: string | null, seq: number): ActionItemFacts => ({ itemId, unitId: 'dpmptsp', title: itemId, dueOn: '2025-04-01', dueAt: '2025-04-01T16:00:00.000Z', closedOn, seq });
const fu = (followUpId: string, itemId: string | null, verdict: FollowUpFacts['verdict'], verifiedOn: string | null, seq: number): FollowUpFacts => ({
  followUpId, itemId, evidence: 1, submittedOn: '2025-03-20', verdict, verifiedOn, seq,
});
const facts = (actionItems: ActionItemFacts[], followUps: FollowUpFacts[]): ItemFacts => ({ actionItems, followUps });

describe('Settling a recommendation from its facts (as its evolve decides)', () => {
  it('a whole-recommendation follow-up verified sesuai fulfils it on the verification day', () => {
    expect(fulfilment(facts([], [fu('f1', null, 'sesuai', '2025-03-22', 1)]))).toEqual({ closedOn: '2025-03-22', reason: 'follow-up f1 verified sesuai' });
  });

  it('an item follow-up verified sesuai does not fulfil it while another item is open', () => {
    expect(fulfilment(facts([item('a1', '2025-03-25', 1), item('a2', null, 2)], [fu('f1', 'a1', 'sesuai', '2025-03-24', 3)]))).toBeNull();
  });

  it('a closed item without a sesuai verdict does not fulfil it', () => {
    expect(fulfilment(facts([item('a1', '2025-03-25', 1)], [fu('f1', 'a1', 'belum_sesuai', '2025-03-24', 2)]))).toBeNull();
  });

  it('every item closed and verified sesuai fulfils it on the day the last of them was done', () => {
    const done = facts(
      [item('a1', '2025-03-25', 1), item('a2', '2025-03-26', 2)],
      [fu('f1', 'a1', 'sesuai', '2025-03-24', 3), fu('f2', 'a2', 'belum_sesuai', '2025-03-25', 4), fu('f3', 'a2', 'sesuai', '2025-03-28', 5)],
    );
    expect(fulfilment(done)).toEqual({ closedOn: '2025-03-28', reason: 'every action item closed and verified sesuai' });
  });

  it('no facts, no fulfilment', () => {
    expect(fulfilment(facts([], []))).toBeNull();
  });
});

describe('Evidence state', () => {
  it('missing, then awaiting verification, then belum_sesuai until a new submission, sesuai once any is', () => {
    expect(evidenceState([])).toBe('missing');
    expect(evidenceState([fu('f1', 'a1', null, null, 1)])).toBe('awaiting_verification');
    expect(evidenceState([fu('f1', 'a1', 'belum_sesuai', '2025-03-22', 1)])).toBe('belum_sesuai');
    expect(evidenceState([fu('f1', 'a1', 'belum_sesuai', '2025-03-22', 1), fu('f2', 'a1', null, null, 2)])).toBe('awaiting_verification');
    expect(evidenceState([fu('f1', 'a1', 'sesuai', '2025-03-22', 1)])).toBe('sesuai');
  });
});
