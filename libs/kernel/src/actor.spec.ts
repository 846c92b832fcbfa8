import { Actor, canRead, requireAdmin, requireLiaisonOf, requireOmbudsmanAuthority } from './actor';
import { DomainError } from './domain-errors';

const paser = { entityCode: '64.01', provinceCode: '64' };
const kemendagri = { entityCode: 'K-KEMENDAGRI', provinceCode: null };
const officer = (provinces: string[]): Actor => ({ id: 'o', role: 'officer', provinces });

const refusal = (fn: () => void): string | null => {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof DomainError ? `${error.kind}:${error.code}` : 'other';
  }
};

describe('access rules', () => {
  it('lets officers act only within their provinces; ["*"] covers all, national bodies included', () => {
    expect(refusal(() => requireOmbudsmanAuthority(officer(['64']), paser, 'x'))).toBeNull();
    expect(refusal(() => requireOmbudsmanAuthority(officer(['63']), paser, 'x'))).toBe('forbidden:OutsideScope');
    expect(refusal(() => requireOmbudsmanAuthority(officer(['63']), kemendagri, 'x'))).toBe('forbidden:OutsideScope');
    expect(refusal(() => requireOmbudsmanAuthority(officer(['*']), kemendagri, 'x'))).toBeNull();
  });

  it('never lets liaisons or auditors take Ombudsman decisions; admins may', () => {
    expect(refusal(() => requireOmbudsmanAuthority({ id: 'l', role: 'liaison', entityCode: '64.01' }, paser, 'x'))).toBe('forbidden:RoleNotAllowed');
    expect(refusal(() => requireOmbudsmanAuthority({ id: 'a', role: 'auditor' }, paser, 'x'))).toBe('forbidden:RoleNotAllowed');
    expect(refusal(() => requireOmbudsmanAuthority({ id: 'ad', role: 'admin' }, paser, 'x'))).toBeNull();
  });

  it('lets a liaison act for their own provider only', () => {
    expect(refusal(() => requireLiaisonOf({ id: 'l', role: 'liaison', entityCode: '64.01' }, paser, 'x'))).toBeNull();
    expect(refusal(() => requireLiaisonOf({ id: 'l', role: 'liaison', entityCode: '64.09' }, paser, 'x'))).toBe('forbidden:OutsideScope');
    expect(refusal(() => requireLiaisonOf(officer(['64']), paser, 'x'))).toBe('forbidden:RoleNotAllowed');
    expect(refusal(() => requireAdmin(officer(['*']), 'x'))).toBe('forbidden:RoleNotAllowed');
  });

  it('lets auditors and admins read everything, officers their provinces, liaisons their provider', () => {
    expect(canRead({ id: 'a', role: 'auditor' }, paser)).toBe(true);
    expect(canRead({ id: 'ad', role: 'admin' }, kemendagri)).toBe(true);
    expect(canRead(officer(['64']), paser)).toBe(true);
    expect(canRead(officer(['63']), paser)).toBe(false);
    expect(canRead({ id: 'l', role: 'liaison', entityCode: '64.01' }, paser)).toBe(true);
    expect(canRead({ id: 'l', role: 'liaison', entityCode: '64.01' }, { entityCode: '64', provinceCode: '64' })).toBe(false);
  });
});
