import type { Jurisdiction, TimeZone } from '@app/kernel';
import type { EntityKind } from './entity-codes';

export type EntityRegistered = {
  type: 'EntityRegistered';
  data: {
    code: string;
    name: string;
    kind: EntityKind;
    /** The province a kabupaten/kota belongs to; null for provinces and national bodies. */
    parentCode: string | null;
    /** Null for national bodies (kementerian, lembaga). */
    provinceCode: string | null;
    timezone: TimeZone;
  };
};

export type UnitRegistered = {
  type: 'UnitRegistered';
  data: { entityCode: string; unitId: string; name: string; kind: string | null };
};

export type EntityEvent = EntityRegistered | UnitRegistered;

export interface Unit {
  unitId: string;
  name: string;
  kind: string | null;
}

export type EntityState =
  | { status: 'unregistered' }
  | {
      status: 'registered';
      code: string;
      name: string;
      kind: EntityKind;
      parentCode: string | null;
      timezone: TimeZone;
      jurisdiction: Jurisdiction;
      units: Unit[];
    };

export const initialEntityState = (): EntityState => ({ status: 'unregistered' });

export function evolveEntity(state: EntityState, event: EntityEvent): EntityState {
  switch (event.type) {
    case 'EntityRegistered': {
      const { code, name, kind, parentCode, provinceCode, timezone } = event.data;
      return {
        status: 'registered',
        code,
        name,
        kind,
        parentCode,
        timezone,
        jurisdiction: { entityCode: code, provinceCode },
        units: [],
      };
    }
    case 'UnitRegistered': {
      if (state.status !== 'registered') return state;
      const { unitId, name, kind } = event.data;
      return { ...state, units: [...state.units, { unitId, name, kind }] };
    }
  }
}
