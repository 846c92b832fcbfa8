import { Actor, DomainError, fold } from '@app/kernel';
import { deciderSpec } from '@app/kernel/testing';
import { KALSEL, PASER, fixtureHistory } from '../../fixtures';
import { CODE_FORMATS } from './entity-codes';
import { EntityCommand, RegisterEntity, RegisterUnit, entityDecider } from './entity.decider';
import { EntityEvent } from './entity.events';

const spec = deciderSpec(entityDecider);
const now = new Date('2024-03-01T02:00:00Z');
const admin: Actor = { id: 'admin-1', role: 'admin' };
const kaltimOfficer: Actor = { id: 'officer-kaltim', role: 'officer', provinces: ['64'] };
const kalselOfficer: Actor = { id: 'officer-kalsel', role: 'officer', provinces: ['63'] };
const nationalOfficer: Actor = { id: 'officer-pusat', role: 'officer', provinces: ['*'] };

const register = (data: Partial<RegisterEntity['data']>, extra: Partial<RegisterEntity> = {}): RegisterEntity => ({
  type: 'RegisterEntity',
  data: { code: '64.01', name: 'Pemerintah Kabupaten Paser', kind: 'kabupaten', parentCode: '64', timezone: 'WITA', ...data },
  actor: kaltimOfficer,
  now,
  context: { parent: { registered: true, kind: 'provinsi' } },
  ...extra,
});
const registerUnit = (data: Partial<RegisterUnit['data']>, actor: Actor = kaltimOfficer): RegisterUnit => ({
  type: 'RegisterUnit',
  data: { unitId: 'puskesmas-senaken', name: 'Puskesmas Senaken', kind: 'puskesmas', ...data },
  actor,
  now,
});
const paserRegistered: EntityEvent = fixtureHistory({ ...PASER, units: [] })[0];

function refusal(history: EntityEvent[], command: EntityCommand): DomainError {
  try {
    entityDecider.decide(command, fold(entityDecider, history));
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
}

describe('entity decider: RegisterEntity', () => {
  it('registers a province with its province code and no parent', () =>
    spec
      .given([])
      .when(register({ code: '63', name: KALSEL.name, kind: 'provinsi', parentCode: undefined }, { actor: kalselOfficer, context: {} }))
      .then([
        {
          type: 'EntityRegistered',
          data: { code: '63', name: KALSEL.name, kind: 'provinsi', parentCode: null, provinceCode: '63', timezone: 'WITA' },
        },
      ]));

  it('registers a kabupaten under its registered province', () =>
    spec.given([]).when(register({})).then([paserRegistered]));

  it('derives the parent of a kabupaten from its code when parentCode is omitted', () =>
    spec.given([]).when(register({ parentCode: undefined })).then([paserRegistered]));

  it('registers a kota like a kabupaten', () =>
    spec
      .given([])
      .when(register({ code: '64.71', name: 'Pemerintah Kota Samarinda', kind: 'kota' }))
      .thenEvents(([event]) => expect(event.data).toMatchObject({ kind: 'kota', parentCode: '64', provinceCode: '64' })));

  it('registers a national body without a province', () =>
    spec
      .given([])
      .when(register({ code: 'K-KEMENDAGRI', name: 'Kementerian Dalam Negeri', kind: 'kementerian', parentCode: undefined, timezone: 'WIB' }, { actor: nationalOfficer }))
      .thenEvents(([event]) => expect(event.data).toMatchObject({ code: 'K-KEMENDAGRI', parentCode: null, provinceCode: null })));

  it('trims the name', () =>
    spec.given([]).when(register({ name: '  Pemerintah Kabupaten Paser ' })).then([paserRegistered]));

  it.each([
    ['provinsi', '6'],
    ['provinsi', '63.01'],
    ['kabupaten', '64'],
    ['kota', '64.1'],
    ['kementerian', 'k-kemendagri'],
    ['lembaga', 'BPOM--RI'],
    ['lembaga', `L-${'X'.repeat(40)}`],
  ] as const)('refuses a %s with code %s, naming the allowed format', (kind, code) => {
    const error = refusal([], register({ code, kind, parentCode: undefined }, { actor: admin }));
    expect(error.code).toBe('InvalidEntityCode');
    expect(error.kind).toBe('invalid');
    expect(error.fields[0]).toMatchObject({ field: 'code' });
    expect(error.fields[0].allowed).toBe(CODE_FORMATS[kind]);
  });

  it('refuses an unknown kind', () =>
    spec.given([]).when(register({ kind: 'desa' as never })).thenThrows('InvalidEntityKind', 'invalid'));

  it('refuses an unknown time zone', () =>
    spec.given([]).when(register({ timezone: 'UTC' as never })).thenThrows('InvalidTimeZone', 'invalid'));

  it('refuses an empty name', () => spec.given([]).when(register({ name: '   ' })).thenThrows('InvalidName', 'invalid'));

  it('refuses a parent for a province', () =>
    spec
      .given([])
      .when(register({ code: '64', kind: 'provinsi', parentCode: '64' }))
      .thenThrows('ParentNotAllowed', 'invalid'));

  it('refuses a parent that is not the province in the code', () => {
    const error = refusal([], register({ parentCode: '63' }));
    expect(error.code).toBe('ParentCodeMismatch');
    expect(error.fields).toEqual([expect.objectContaining({ field: 'parentCode', allowed: ['64'] })]);
  });

  it('refuses a kabupaten whose province is not registered', () =>
    spec
      .given([])
      .when(register({}, { context: { parent: { registered: false } } }))
      .thenThrows('ParentNotRegistered', 'not_found'));

  it('refuses a parent that is registered but not a province', () =>
    spec
      .given([])
      .when(register({}, { context: { parent: { registered: true, kind: 'kementerian' } } }))
      .thenThrows('ParentNotProvince', 'invalid'));

  it('refuses a code registered before', () =>
    spec.given([paserRegistered]).when(register({})).thenThrows('EntityAlreadyRegistered', 'conflict'));

  it('refuses an officer outside the province', () =>
    spec.given([]).when(register({}, { actor: kalselOfficer })).thenThrows('OutsideScope', 'forbidden'));

  it('refuses a provincial officer registering a national body', () =>
    spec
      .given([])
      .when(register({ code: 'L-BPOM', kind: 'lembaga', parentCode: undefined }))
      .thenThrows('OutsideScope', 'forbidden'));

  it.each(['liaison', 'auditor'] as const)('refuses the %s role', (role) =>
    spec
      .given([])
      .when(register({}, { actor: { id: 'x', role, entityCode: '64.01' } }))
      .thenThrows('RoleNotAllowed', 'forbidden'));
});

describe('entity decider: RegisterUnit', () => {
  it('registers a unit on a registered provider', () =>
    spec
      .given([paserRegistered])
      .when(registerUnit({}))
      .then([{ type: 'UnitRegistered', data: { entityCode: '64.01', unitId: 'puskesmas-senaken', name: 'Puskesmas Senaken', kind: 'puskesmas' } }]));

  it('records a missing kind as null', () =>
    spec
      .given([paserRegistered])
      .when(registerUnit({ kind: undefined }, admin))
      .thenEvents(([event]) => expect(event.data).toMatchObject({ kind: null })));

  it.each(['DPMPTSP', 'puskesmas_senaken', '-dinkes', 'dinkes-', 'dinas--sosial', 'a'.repeat(65)])(
    'refuses the unit id %s',
    (unitId) => spec.given([paserRegistered]).when(registerUnit({ unitId })).thenThrows('InvalidUnitId', 'invalid'),
  );

  it('refuses a unit id registered before', () =>
    spec.given(fixtureHistory(PASER)).when(registerUnit({})).thenThrows('UnitAlreadyRegistered', 'conflict'));

  it('refuses an empty unit name', () =>
    spec.given([paserRegistered]).when(registerUnit({ name: '' })).thenThrows('InvalidName', 'invalid'));

  it('refuses a unit of an unregistered provider', () =>
    spec.given([]).when(registerUnit({})).thenThrows('EntityNotFound', 'not_found'));

  it('refuses an officer outside the province', () =>
    spec.given([paserRegistered]).when(registerUnit({}, kalselOfficer)).thenThrows('OutsideScope', 'forbidden'));

  it('refuses a liaison, even of that provider', () =>
    spec
      .given([paserRegistered])
      .when(registerUnit({}, { id: 'l', role: 'liaison', entityCode: '64.01' }))
      .thenThrows('RoleNotAllowed', 'forbidden'));
});

describe('entity evolve', () => {
  it('keeps the jurisdiction and the units', () => {
    const state = fold(entityDecider, fixtureHistory(PASER));
    expect(state).toMatchObject({
      status: 'registered',
      code: '64.01',
      jurisdiction: { entityCode: '64.01', provinceCode: '64' },
      timezone: 'WITA',
    });
    expect(state.status === 'registered' && state.units.map((u) => u.unitId)).toContain('puskesmas-kuaro');
  });
});
