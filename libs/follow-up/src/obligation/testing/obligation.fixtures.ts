import type { Actor } from '@app/kernel';
import { KALSEL_PKS_SCOPE } from '@app/agreements';
import { WorkingCalendar } from '@app/calendar';
import type { EvidenceDocument, ObligationScheduled } from '../domain/obligation.events';
import type { ObligationPolicy, PksObligationFacts } from '../domain/obligation-schedule';

/** Spec support only: the Kalsel 2022 PKS (signed 5 July 2022, WITA) with its quarterly mentoring report. */
export const KALSEL_PKS_ID = '5b0c8f5e-1f7a-5d1c-9a55-3f1d2a0e6c11';

export const kalselFacts = (over: Partial<PksObligationFacts> = {}): PksObligationFacts => ({
  pksId: KALSEL_PKS_ID,
  entityCode: '63',
  provinceCode: '63',
  timeZone: 'WITA',
  unitIds: ['inspektorat', 'dpmptsp'],
  scope: KALSEL_PKS_SCOPE.map((s) => ({ id: s.id, text: s.text, obligation: s.obligation ?? null })),
  signedOn: '2022-07-05',
  validUntil: null,
  terminatedOn: null,
  ...over,
});

export const defaultPolicy: ObligationPolicy = { graceDays: 10, graceBasis: 'calendar', openEndedPeriods: 4 };
export const weekendsOnly = new WorkingCalendar(() => ({ nationalHolidays: [], collectiveLeave: [], declaredWorkingDays: [] }));

export const system: Actor = { id: 'system:deadlines', role: 'system' };
export const kalselLiaison: Actor = { id: 'liaison-kalsel', role: 'liaison', entityCode: '63' };
export const paserLiaison: Actor = { id: 'liaison-paser', role: 'liaison', entityCode: '64.01' };
export const kalselOfficer: Actor = { id: 'officer-kalsel', role: 'officer', provinces: ['63'] };
export const admin: Actor = { id: 'admin', role: 'admin' };

export const Q3_2022_ID = `${KALSEL_PKS_ID}.pendampingan-berkala.2022-Q3`;

export const q3Scheduled: ObligationScheduled = {
  type: 'ObligationScheduled',
  data: {
    obligationId: Q3_2022_ID,
    pksId: KALSEL_PKS_ID,
    scopeId: 'pendampingan-berkala',
    entityCode: '63',
    provinceCode: '63',
    unitIds: ['inspektorat', 'dpmptsp'],
    text: 'Pendampingan berkala',
    period: { key: '2022-Q3', start: '2022-07-05', end: '2022-09-30' },
    deadline: { version: 1, dueOn: '2022-10-10', dueAt: '2022-10-10T16:00:00.000Z', timeZone: 'WITA' },
  },
};

export const report: EvidenceDocument = {
  documentId: 'doc-1',
  name: 'Laporan pendampingan triwulan III 2022.pdf',
  mediaType: 'application/pdf',
  size: 182_044,
  sha256: 'a3f1c9d0b2e4f6a8c0e2d4f6b8a0c2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6',
  storageKey: 'a3/a3f1c9d0b2e4f6a8c0e2d4f6b8a0c2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6',
};
