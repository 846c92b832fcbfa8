import { hasLapsed } from '../../mou/domain/mou.status';
import type { Pks } from './pks.events';

/** `signed` is the active phase; `expired` is derived from validUntil at the instant asked about. */
export type PksStatus = 'drafted' | 'finalized' | 'signed' | 'expired' | 'terminated';

export function pksStatusAt(pks: Pks, at: Date): PksStatus {
  if (pks.status === 'signed' && hasLapsed(pks.validUntil, pks.timezone, at)) return 'expired';
  return pks.status;
}
