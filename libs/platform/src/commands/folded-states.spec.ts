import { FoldedStates } from './folded-states';

describe('FoldedStates', () => {
  const evolver = {};

  it('forgets the stream used least recently once it keeps more than its bound', () => {
    const folded = new FoldedStates(2);
    folded.keep(evolver, 'a', { state: 'A', revision: 0 });
    folded.keep(evolver, 'b', { state: 'B', revision: 0 });
    expect(folded.get(evolver, 'a')?.state).toBe('A'); // a is now the most recent
    folded.keep(evolver, 'c', { state: 'C', revision: 0 });
    expect(folded.get(evolver, 'b')).toBeUndefined();
    expect(folded.get(evolver, 'a')?.state).toBe('A');
    expect(folded.get(evolver, 'c')?.state).toBe('C');
  });

  it('keeps the later revision when a slower caller brings an older fold', () => {
    const folded = new FoldedStates();
    folded.keep(evolver, 'a', { state: { n: 5 }, revision: 5 });
    folded.keep(evolver, 'a', { state: { n: 3 }, revision: 3 });
    expect(folded.get(evolver, 'a')).toEqual({ state: { n: 5 }, revision: 5 });
    folded.keep(evolver, 'a', { state: { n: 6 }, revision: 6 });
    expect(folded.get(evolver, 'a')).toEqual({ state: { n: 6 }, revision: 6 });
  });

  it('freezes what it keeps all the way down, and the state it was given is that same object', () => {
    const folded = new FoldedStates();
    const state = { units: [{ unitId: 'dpmptsp' }], jurisdiction: { entityCode: '64.01' } };
    folded.keep(evolver, 'a', { state, revision: 0 });
    expect(folded.get(evolver, 'a')?.state).toBe(state);
    expect(Object.isFrozen(state.units[0])).toBe(true);
    expect(Object.isFrozen(state.jurisdiction)).toBe(true);
  });
});
