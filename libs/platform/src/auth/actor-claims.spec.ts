import { actorFromClaims, InvalidClaim, type ActorClaims } from './actor-claims';

function refusal(claims: ActorClaims): InvalidClaim {
  try {
    actorFromClaims(claims);
  } catch (error) {
    if (error instanceof InvalidClaim) return error;
    throw error;
  }
  throw new Error('expected the claims to be refused');
}

describe('actorFromClaims', () => {
  it('maps an officer', () => {
    expect(actorFromClaims({ sub: 'budi', name: 'Budi', role: 'officer', provinces: ['63', '64', '63'] })).toEqual({
      id: 'budi',
      name: 'Budi',
      role: 'officer',
      provinces: ['63', '64'],
    });
  });

  it('maps a liaison to its provider and ignores scope claims of other roles', () => {
    expect(actorFromClaims({ sub: 'l1', role: 'liaison', entity: '64.01', provinces: ['63'] })).toEqual({ id: 'l1', role: 'liaison', entityCode: '64.01' });
    expect(actorFromClaims({ sub: 'a1', role: 'auditor', entity: '64.01' })).toEqual({ id: 'a1', role: 'auditor' });
  });

  it('takes the role from Keycloak realm roles and the name from preferred_username', () => {
    const claims = { sub: 'kc-1', preferred_username: 'sari', realm_access: { roles: ['offline_access', 'admin', 'uma_authorization'] } };
    expect(actorFromClaims(claims)).toEqual({ id: 'kc-1', name: 'sari', role: 'admin' });
  });

  it('accepts all provinces, and a comma-separated string from an IdP mapper', () => {
    expect(actorFromClaims({ sub: 'o', role: 'officer', provinces: ['*'] }).provinces).toEqual(['*']);
    expect(actorFromClaims({ sub: 'o', role: 'officer', provinces: '63, 64' }).provinces).toEqual(['63', '64']);
  });

  it.each<[string, ActorClaims, string, RegExp]>([
    ['no sub', { role: 'admin' }, 'sub', /no "sub"/],
    ['no role', { sub: 'x' }, 'role', /no "role" claim/],
    ['an unknown role', { sub: 'x', role: 'superuser' }, 'role', /"superuser" is not a known role/],
    ['several realm roles', { sub: 'x', realm_access: { roles: ['officer', 'admin'] } }, 'role', /several roles \(officer, admin\)/],
    ['an officer without provinces', { sub: 'x', role: 'officer' }, 'provinces', /needs a "provinces" claim/],
    ['an officer with empty provinces', { sub: 'x', role: 'officer', provinces: [] }, 'provinces', /at least one/],
    ['an officer with a bad code', { sub: 'x', role: 'officer', provinces: ['63', '6', 7] }, 'provinces', /invalid codes: "6", 7/],
    ['a wildcard among codes', { sub: 'x', role: 'officer', provinces: ['*', '63'] }, 'provinces', /must stand alone/],
    ['a liaison without entity', { sub: 'x', role: 'liaison' }, 'entity', /needs an "entity" claim/],
  ])('refuses %s', (_case, claims, claim, message) => {
    const error = refusal(claims);
    expect(error.claim).toBe(claim);
    expect(error.message).toMatch(message);
  });

  it('names the allowed roles', () => {
    expect(refusal({ sub: 'x', role: 'boss' }).allowed).toEqual(['officer', 'liaison', 'auditor', 'admin']);
  });
});
