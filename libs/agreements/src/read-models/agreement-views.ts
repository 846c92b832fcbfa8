import { endOfDayInstant, type TimeZone } from '@app/kernel';
import { hasLapsed } from '../mou/domain/mou.status';
import type { AgreementKind } from './agreements.keys';

/** One MoU or PKS as the read model keeps it, with its status at the instant asked about. */
export interface AgreementReadView {
  kind: AgreementKind;
  id: string;
  stream: string;
  entityCode: string;
  provinceCode: string | null;
  title: string;
  /** MoU: signed | expired | terminated. PKS: drafted | finalized | signed | expired | terminated. */
  status: string;
  validUntil: string | null;
  /** End of validUntil in the provider's zone (ISO): expired from then on. */
  validityEndsAt: string | null;
  signedOn: string | null;
  termination: { terminatedOn: string; reason: string } | null;
  /** MoU only. */
  ombudsmanNumber?: string;
  counterpartNumber?: string;
  amendments?: number;
  lastAmendedOn?: string | null;
  /** PKS only. */
  mouId?: string;
  number?: string | null;
  unitIds?: string[];
  scopeItems?: number;
  draftedOn?: string;
  finalizedOn?: string | null;
}

const nullable = (value: string | undefined): string | null => (value ? value : null);

export function agreementView(h: Record<string, string>, at: Date): AgreementReadView {
  const kind = h.kind as AgreementKind;
  const timezone = h.timezone as TimeZone;
  const validUntil = nullable(h.validUntil);
  const lapsed = hasLapsed(validUntil, timezone, at);
  // Expiry is derived: an MoU in force and a signed PKS expire; nothing else does.
  const status = h.status === 'signed' && lapsed ? 'expired' : h.status;
  const common = {
    kind,
    id: h.id,
    stream: h.stream,
    entityCode: h.entityCode,
    provinceCode: nullable(h.provinceCode),
    title: h.title,
    status,
    validUntil,
    validityEndsAt: validUntil ? endOfDayInstant(validUntil, timezone).toISOString() : null,
    signedOn: nullable(h.signedOn),
    termination: h.terminatedOn ? { terminatedOn: h.terminatedOn, reason: h.terminationReason ?? '' } : null,
  };
  if (kind === 'mou') {
    return { ...common, ombudsmanNumber: h.ombudsmanNumber, counterpartNumber: h.counterpartNumber, amendments: Number(h.amendments ?? 0), lastAmendedOn: nullable(h.lastAmendedOn) };
  }
  return {
    ...common,
    mouId: h.mouId,
    number: nullable(h.number),
    unitIds: JSON.parse(h.unitIds ?? '[]') as string[],
    scopeItems: Number(h.scopeItems ?? 0),
    draftedOn: h.draftedOn,
    finalizedOn: nullable(h.finalizedOn),
  };
}
