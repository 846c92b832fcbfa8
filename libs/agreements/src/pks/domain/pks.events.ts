import type { CalendarDate, DomainEvent, Jurisdiction, TimeZone } from '@app/kernel';

export const REPORT_PERIODS = ['month', 'quarter', 'semester', 'year'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

/** One commitment of the PKS; `obligation` is a periodic report that follow-up turns into deadlines. */
export interface ScopeItem {
  id: string;
  text: string;
  obligation: { every: ReportPeriod } | null;
}

export type PksDrafted = {
  type: 'PksDrafted';
  data: {
    pksId: string;
    mouId: string;
    entityCode: string;
    provinceCode: string | null;
    timezone: TimeZone;
    title: string;
    unitIds: string[];
    scope: ScopeItem[];
    draftedOn: CalendarDate;
  };
};
export type PksFinalized = { type: 'PksFinalized'; data: { pksId: string; finalizedOn: CalendarDate } };
export type PksSigned = {
  type: 'PksSigned';
  data: { pksId: string; signedOn: CalendarDate; number: string | null; validUntil: CalendarDate | null };
};
export type PksTerminated = { type: 'PksTerminated'; data: { pksId: string; terminatedOn: CalendarDate; reason: string } };

/** `occurredAt`: the act's business date when it is not the day it was recorded (see the kernel's businessDate). */
export type PksEvent = (PksDrafted | PksFinalized | PksSigned | PksTerminated) & Pick<DomainEvent, 'occurredAt'>;

export interface Pks {
  status: 'drafted' | 'finalized' | 'signed' | 'terminated';
  pksId: string;
  mouId: string;
  jurisdiction: Jurisdiction;
  timezone: TimeZone;
  title: string;
  unitIds: string[];
  scope: ScopeItem[];
  draftedOn: CalendarDate;
  finalizedOn: CalendarDate | null;
  signedOn: CalendarDate | null;
  number: string | null;
  validUntil: CalendarDate | null;
  termination: { terminatedOn: CalendarDate; reason: string } | null;
}

export type PksState = { status: 'none' } | Pks;

export const initialPksState = (): PksState => ({ status: 'none' });

export function evolvePks(state: PksState, event: PksEvent): PksState {
  if (event.type === 'PksDrafted') {
    const { entityCode, provinceCode, ...rest } = event.data;
    return {
      ...rest,
      status: 'drafted',
      jurisdiction: { entityCode, provinceCode },
      finalizedOn: null,
      signedOn: null,
      number: null,
      validUntil: null,
      termination: null,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'PksFinalized':
      return { ...state, status: 'finalized', finalizedOn: event.data.finalizedOn };
    case 'PksSigned': {
      const { signedOn, number, validUntil } = event.data;
      return { ...state, status: 'signed', signedOn, number, validUntil };
    }
    case 'PksTerminated':
      return { ...state, status: 'terminated', termination: { terminatedOn: event.data.terminatedOn, reason: event.data.reason } };
  }
}
