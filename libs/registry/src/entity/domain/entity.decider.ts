import {
  Decider,
  DomainCommand,
  DomainError,
  TIME_ZONE_NAMES,
  TimeZone,
  assertNever,
  authorizeOn,
  conflict,
  invalid,
  notFound,
  requireOmbudsmanAuthority,
} from '@app/kernel';
import {
  CODE_FORMATS,
  ENTITY_KINDS,
  EntityKind,
  UNIT_ID_FORMAT,
  isValidEntityCode,
  isValidUnitId,
  jurisdictionOf,
} from './entity-codes';
import { regionTimeZone } from './region-time-zone';
import { EntityEvent, EntityState, evolveEntity, initialEntityState } from './entity.events';

/** What the handler found at `parentCode`: whether it is registered, and as what. */
export type ParentFacts = { registered: false } | { registered: true; kind: EntityKind };

export type RegisterEntity = DomainCommand<
  'RegisterEntity',
  /** `timezone` may be omitted: a pemda's follows from its code, a national body's defaults to WIB. */
  { code: string; name: string; kind: EntityKind; parentCode?: string | null; timezone?: TimeZone | null },
  { parent?: ParentFacts }
>;

export type RegisterUnit = DomainCommand<'RegisterUnit', { unitId: string; name: string; kind?: string | null }>;

export type EntityCommand = RegisterEntity | RegisterUnit;

const NAME_MAX = 200;

function requireText(value: string, field: string, code: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > NAME_MAX) {
    throw invalid(code, `${field} must be 1–${NAME_MAX} characters`, [
      { field, message: 'empty or too long', allowed: `1–${NAME_MAX} characters` },
    ]);
  }
  return trimmed;
}

/** Kabupaten/kota belong to the province named by their code's first two digits. */
function parentOf(command: RegisterEntity): string | null {
  const { code, kind, parentCode } = command.data;
  const given = parentCode ?? null;
  if (kind !== 'kabupaten' && kind !== 'kota') {
    if (given === null) return null;
    throw invalid('ParentNotAllowed', `A ${kind} has no parent; omit parentCode`, [
      { field: 'parentCode', message: `a ${kind} has no parent`, allowed: null },
    ]);
  }
  const province = code.slice(0, 2);
  if (given !== null && given !== province) {
    throw invalid('ParentCodeMismatch', `A ${kind} with code ${code} belongs to province ${province}, not ${given}`, [
      { field: 'parentCode', message: `must be the first two digits of ${code}`, allowed: [province] },
    ]);
  }
  const parent = command.context?.parent;
  if (!parent?.registered) {
    throw new DomainError('not_found', 'ParentNotRegistered', `Province ${province} is not registered; register it before ${code}`, [
      { field: 'parentCode', message: `province ${province} is not registered`, allowed: 'a registered provinsi code' },
    ]);
  }
  if (parent.kind !== 'provinsi') {
    throw invalid('ParentNotProvince', `Parent ${province} is a ${parent.kind}, not a provinsi`, [
      { field: 'parentCode', message: 'the parent must be a provinsi', allowed: ['provinsi'] },
    ]);
  }
  return province;
}

function registerEntity(command: RegisterEntity, state: EntityState): EntityEvent[] {
  const { code, kind } = command.data;
  if (!ENTITY_KINDS.includes(kind)) {
    throw invalid('InvalidEntityKind', `kind ${String(kind)} is unknown`, [{ field: 'kind', message: 'unknown kind', allowed: ENTITY_KINDS }]);
  }
  if (!isValidEntityCode(code, kind)) {
    throw invalid('InvalidEntityCode', `"${code}" is not a valid code for a ${kind}: expected ${CODE_FORMATS[kind]}`, [
      { field: 'code', message: `not a ${kind} code`, allowed: CODE_FORMATS[kind] },
    ]);
  }
  const given = command.data.timezone ?? null;
  if (given !== null && !TIME_ZONE_NAMES.includes(given)) {
    throw invalid('InvalidTimeZone', `timezone ${String(given)} is not an Indonesian time zone`, [
      { field: 'timezone', message: 'unknown time zone', allowed: TIME_ZONE_NAMES },
    ]);
  }
  // Recorded always, derived or given, so every reader of the event finds the zone it was decided in.
  const timezone = regionTimeZone(code, kind, given);
  const jurisdiction = jurisdictionOf(code, kind);
  requireOmbudsmanAuthority(command.actor, jurisdiction, 'RegisterEntity');
  if (state.status === 'registered') {
    throw conflict('EntityAlreadyRegistered', `Provider ${code} is already registered as ${state.name} (${state.kind})`);
  }
  const name = requireText(command.data.name, 'name', 'InvalidName');
  const parentCode = parentOf(command);
  return [
    {
      type: 'EntityRegistered',
      data: { code, name, kind, parentCode, provinceCode: jurisdiction.provinceCode, timezone },
    },
  ];
}

function registerUnit(command: RegisterUnit, state: EntityState): EntityEvent[] {
  if (state.status !== 'registered') throw notFound('EntityNotFound', 'The provider is not registered');
  requireOmbudsmanAuthority(command.actor, state.jurisdiction, 'RegisterUnit');
  const { unitId } = command.data;
  if (!isValidUnitId(unitId)) {
    throw invalid('InvalidUnitId', `"${unitId}" is not a valid unit id: expected ${UNIT_ID_FORMAT}`, [
      { field: 'unitId', message: 'not a slug', allowed: UNIT_ID_FORMAT },
    ]);
  }
  const existing = state.units.find((u) => u.unitId === unitId);
  if (existing) throw conflict('UnitAlreadyRegistered', `Unit ${unitId} is already registered at ${state.code} as ${existing.name}`);
  const name = requireText(command.data.name, 'name', 'InvalidName');
  const kind = command.data.kind == null || command.data.kind.trim() === '' ? null : requireText(command.data.kind, 'kind', 'InvalidUnitKind');
  return [{ type: 'UnitRegistered', data: { entityCode: state.code, unitId, name, kind } }];
}

export function decideEntity(command: EntityCommand, state: EntityState): EntityEvent[] {
  switch (command.type) {
    case 'RegisterEntity':
      return registerEntity(command, state);
    case 'RegisterUnit':
      return registerUnit(command, state);
    default:
      return assertNever(command);
  }
}

export const entityDecider: Decider<EntityState, EntityCommand, EntityEvent> = {
  initialState: initialEntityState,
  evolve: evolveEntity,
  decide: decideEntity,
  authorize: (command, state) =>
    authorizeOn(command.actor, state.status === 'registered' ? state.jurisdiction : null, 'This provider', command.type === 'RegisterEntity'),
};

export const ENTITY_CATEGORY = 'entity';
