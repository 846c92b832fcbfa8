import type { CalendarDate, DomainEvent, Jurisdiction, TimeZone } from '@app/kernel';

export type MouSigned = {
  type: 'MouSigned';
  data: {
    mouId: string;
    entityCode: string;
    provinceCode: string | null;
    /** The provider's zone at signing: validity ends at the end of validUntil there. */
    timezone: TimeZone;
    ombudsmanNumber: string;
    counterpartNumber: string;
    signedOn: CalendarDate;
    title: string;
    validUntil: CalendarDate | null;
  };
};

/** Only the fields that changed are present in `changes`. */
export type MouAmended = {
  type: 'MouAmended';
  data: { mouId: string; amendedOn: CalendarDate; reason: string; changes: { title?: string; validUntil?: CalendarDate } };
};

export type MouTerminated = {
  type: 'MouTerminated';
  data: { mouId: string; terminatedOn: CalendarDate; reason: string };
};

/** `occurredAt`: the act's business date when it is not the day it was recorded (see the kernel's businessDate). */
export type MouEvent = (MouSigned | MouAmended | MouTerminated) & Pick<DomainEvent, 'occurredAt'>;

export interface Mou {
  status: 'signed' | 'terminated';
  mouId: string;
  jurisdiction: Jurisdiction;
  timezone: TimeZone;
  ombudsmanNumber: string;
  counterpartNumber: string;
  signedOn: CalendarDate;
  title: string;
  validUntil: CalendarDate | null;
  amendments: MouAmended['data'][];
  termination: { terminatedOn: CalendarDate; reason: string } | null;
}

export type MouState = { status: 'none' } | Mou;

export const initialMouState = (): MouState => ({ status: 'none' });

export function evolveMou(state: MouState, event: MouEvent): MouState {
  switch (event.type) {
    case 'MouSigned': {
      const { mouId, entityCode, provinceCode, timezone, ombudsmanNumber, counterpartNumber, signedOn, title, validUntil } = event.data;
      return {
        status: 'signed',
        mouId,
        jurisdiction: { entityCode, provinceCode },
        timezone,
        ombudsmanNumber,
        counterpartNumber,
        signedOn,
        title,
        validUntil,
        amendments: [],
        termination: null,
      };
    }
    case 'MouAmended':
      if (state.status === 'none') return state;
      return { ...state, ...event.data.changes, amendments: [...state.amendments, event.data] };
    case 'MouTerminated':
      if (state.status === 'none') return state;
      return { ...state, status: 'terminated', termination: { terminatedOn: event.data.terminatedOn, reason: event.data.reason } };
  }
}
