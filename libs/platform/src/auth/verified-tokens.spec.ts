import { VerifiedTokens, type VerifiedToken } from './verified-tokens';

const entry = (expiresAtMs: number, id = 'budi'): VerifiedToken => ({ actor: { id, role: 'admin' }, expiresAtMs, key: 'k1', header: { alg: 'EdDSA' } });

describe('VerifiedTokens', () => {
  it('gives an entry back until its token expires, and drops it then', () => {
    const tokens = new VerifiedTokens();
    tokens.set('t', entry(1_000), 0);
    expect(tokens.get('t', 999)?.actor.id).toBe('budi');
    expect(tokens.get('t', 1_000)).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it('does not keep a token that has already expired', () => {
    const tokens = new VerifiedTokens();
    tokens.set('t', entry(1_000), 1_000);
    expect(tokens.size).toBe(0);
  });

  it('drops the least recently used token beyond its capacity', () => {
    const tokens = new VerifiedTokens(2);
    tokens.set('a', entry(1_000, 'a'), 0);
    tokens.set('b', entry(1_000, 'b'), 0);
    tokens.get('a', 1); // a is now the most recently used
    tokens.set('c', entry(1_000, 'c'), 0);
    expect([tokens.get('a', 2)?.actor.id, tokens.get('b', 2), tokens.get('c', 2)?.actor.id]).toEqual(['a', undefined, 'c']);
    expect(tokens.size).toBe(2);
  });

  it('forgets a token on request', () => {
    const tokens = new VerifiedTokens();
    tokens.set('t', entry(1_000), 0);
    tokens.forget('t');
    expect(tokens.get('t', 0)).toBeUndefined();
  });
});
