/** The `agreements` read model's keys, relative to its namespace. */
export const AGREEMENTS_READ_MODEL = 'agreements';

export type AgreementKind = 'mou' | 'pks';

export const agreementKeys = {
  /** Hash: name, kind, provinceCode ('' for national bodies), timezone (EntityRegistered). */
  entity: (code: string): string => `entity:${code}`,
  /** Hash of one MoU or PKS; also its member in `of` and `ends`. */
  agreement: (kind: AgreementKind, id: string): string => `${kind}:${id}`,
  /** Set: the provider's agreements (`mou:<id>`, `pks:<id>`). */
  of: (entityCode: string): string => `of:${entityCode}`,
  /**
   * Sorted set: agreements in force with a validity end, scored by validUntil as UTC midnight (ms).
   * Not the exact end instant: an amendment does not carry the zone; queries widen the window by
   * a day and judge each candidate in its provider's zone.
   */
  ends: 'ends',
  /**
   * Sorted set: agreements by date (MoU signedOn, PKS draftedOn, UTC midnight ms), narrowed by
   * province (`national` for national bodies) and/or kind: one index per filter combination,
   * so a per-province list reads only what it returns.
   */
  dated: (filter: { province?: string; kind?: AgreementKind }): string => {
    if (filter.province !== undefined && filter.kind !== undefined) return `dated:${filter.kind}:${filter.province}`;
    if (filter.province !== undefined) return `dated:${filter.province}`;
    if (filter.kind !== undefined) return `dated:${filter.kind}`;
    return 'dated';
  },
} as const;

export const dayScore = (date: string): number => Date.parse(`${date}T00:00:00Z`);

export function parseAgreementMember(member: string): { kind: AgreementKind; id: string } {
  const colon = member.indexOf(':');
  return { kind: member.slice(0, colon) as AgreementKind, id: member.slice(colon + 1) };
}
