import { ALL_PROVINCES, forbidden, type Actor, type Jurisdiction } from '@app/kernel';

/**
 * What a reader may see: auditors and admins everything; officers their provinces (or all with
 * '*'); a liaison their own provider. Queries narrow their results to it, and refuse (403) a
 * filter that asks for more.
 */
export type ReadScope = { kind: 'all' } | { kind: 'provinces'; provinces: string[] } | { kind: 'entity'; entityCode: string };

/** Providers without a province (kementerian, lembaga) are filtered as `province=national`. */
export const NATIONAL = 'national';

export function readScopeOf(actor: Actor): ReadScope {
  switch (actor.role) {
    case 'admin':
    case 'auditor':
    case 'system':
      return { kind: 'all' };
    case 'officer': {
      const provinces = actor.provinces ?? [];
      return provinces.includes(ALL_PROVINCES) ? { kind: 'all' } : { kind: 'provinces', provinces };
    }
    case 'liaison':
      if (!actor.entityCode) throw forbidden('OutsideScope', 'This liaison token names no provider');
      return { kind: 'entity', entityCode: actor.entityCode };
  }
}

export function covers(scope: ReadScope, where: Jurisdiction): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'provinces':
      return where.provinceCode !== null && scope.provinces.includes(where.provinceCode);
    case 'entity':
      return scope.entityCode === where.entityCode;
  }
}

/** 403 unless the reader may see this provider. */
export function requireCovers(scope: ReadScope, where: Jurisdiction): void {
  if (covers(scope, where)) return;
  const province = where.provinceCode ?? NATIONAL;
  throw forbidden('OutsideScope', `Provider ${where.entityCode} (province ${province}) is outside your scope (${describe(scope)})`);
}

/** 403 when a `province` filter asks for more than the reader may see (a liaison sees one provider only). */
export function requireProvince(scope: ReadScope, province: string): void {
  if (scope.kind === 'all') return;
  if (scope.kind === 'provinces' && scope.provinces.includes(province)) return;
  throw forbidden('OutsideScope', `Province ${province} is outside your scope (${describe(scope)})`);
}

/** Liaisons read about their own provider only: summaries across providers are not for them. */
export function requireNotLiaison(scope: ReadScope, what: string): void {
  if (scope.kind === 'entity') throw forbidden('OutsideScope', `${what} covers other providers; a liaison reads their own provider (${scope.entityCode}) only`);
}

function describe(scope: ReadScope): string {
  if (scope.kind === 'provinces') return `provinces ${scope.provinces.join(', ') || 'none'}`;
  if (scope.kind === 'entity') return `provider ${scope.entityCode}`;
  return 'everything';
}
