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

  it.each<[string, ActorClaims, string, RegExp]>([
    ['a sub longer than 200 characters', { sub: 'x'.repeat(201), role: 'admin' }, 'sub', /longer than 200/],
    ['a sub with a control character', { sub: 'budi\u0000', role: 'admin' }, 'sub', /control character U\+0000/],
    ['a sub that is not well-formed Unicode', { sub: 'budi\ud800', role: 'admin' }, 'sub', /not well-formed Unicode/],
    ['a name on two lines', { sub: 'budi', name: 'Budi\nSantoso', role: 'admin' }, 'name', /control character U\+000A/],
    ['a preferred_username with a lone surrogate', { sub: 'budi', preferred_username: '\udc00budi', role: 'admin' }, 'name', /not well-formed/],
    ['a name longer than 200 characters', { sub: 'budi', name: 'B'.repeat(201), role: 'admin' }, 'name', /longer than 200/],
    ['an entity with a C1 control', { sub: 'l', role: 'liaison', entity: '64.01\u0085' }, 'entity', /U\+0085/],
  ])('refuses %s: it would be copied into every event it records', (_case, claims, claim, message) => {
    const error = refusal(claims);
    expect(error.claim).toBe(claim);
    expect(error.message).toMatch(message);
    expect(error.allowed).toEqual(['1 to 200 characters of single-line text, without control characters']);
  });

  it('keeps names with accents and emoji, and ids at the length limit', () => {
    expect(actorFromClaims({ sub: 's'.repeat(200), name: 'Sité Nurhaliza 👩🏽‍💼', role: 'auditor' })).toEqual({ id: 's'.repeat(200), name: 'Sité Nurhaliza 👩🏽‍💼', role: 'auditor' });
  });

  it('names the allowed roles', () => {
    expect(refusal({ sub: 'x', role: 'boss' }).allowed).toEqual(['officer', 'liaison', 'auditor', 'admin']);
  });
});
