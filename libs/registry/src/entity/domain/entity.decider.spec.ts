import { Actor, DomainError, TimeZone, fold } from '@app/kernel';
import { deciderSpec } from '@app/kernel/testing';
import { KALSEL, PASER, fixtureHistory } from '../../fixtures';
import { CODE_FORMATS } from './entity-codes';
import { EntityCommand, RegisterEntity, RegisterUnit, entityDecider } from './entity.decider';
import { EntityEvent } from './entity.events';
import { PROVINCE_CODES } from './province-time-zones';

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

describe('entity decider: RegisterEntity, the time zone follows from the region code', () => {
  const province = (code: string, timezone?: TimeZone) =>
    register({ code, name: `Provinsi ${code}`, kind: 'provinsi', parentCode: undefined, timezone }, { actor: admin, context: {} });
  const recordedZone = (command: RegisterEntity): TimeZone => {
    const [event] = entityDecider.decide(command, fold(entityDecider, []));
    if (event.type !== 'EntityRegistered') throw new Error(`expected EntityRegistered, got ${event.type}`);
    return event.data.timezone;
  };

  it.each([
    ['11', 'WIB'], // Aceh, the first Sumatran code
    ['19', 'WIB'], // Bangka Belitung
    ['21', 'WIB'], // Kepulauan Riau: Sumatra's zone though past the 1x block
    ['31', 'WIB'], // DKI Jakarta
    ['36', 'WIB'], // Banten, the last Javan code
    ['51', 'WITA'], // Bali: the first WITA code
    ['53', 'WITA'], // NTT
    ['61', 'WIB'], // Kalimantan Barat
    ['62', 'WIB'], // Kalimantan Tengah: the last WIB code in Kalimantan …
    ['63', 'WITA'], // … Kalimantan Selatan: the first WITA one
    ['65', 'WITA'], // Kalimantan Utara
    ['71', 'WITA'], // Sulawesi Utara
    ['76', 'WITA'], // Sulawesi Barat: the last WITA code …
    ['81', 'WIT'], // … Maluku: the first WIT one
    ['82', 'WIT'], // Maluku Utara
    ['91', 'WIT'], // Papua
    ['96', 'WIT'], // Papua Barat Daya, the last province code
  ] as const)('derives province %s → %s when timezone is omitted, and records it', (code, zone) =>
    spec
      .given([])
      .when(province(code))
      .then([
        {
          type: 'EntityRegistered',
          data: { code, name: `Provinsi ${code}`, kind: 'provinsi', parentCode: null, provinceCode: code, timezone: zone },
        },
      ]));

  it.each([
    ['62', 'WIB'],
    ['63', 'WITA'],
    ['81', 'WIT'],
  ] as const)('accepts province %s with its own zone %s given', (code, zone) => expect(recordedZone(province(code, zone))).toBe(zone));

  it('treats a null timezone as omitted', () => expect(recordedZone(province('64', null as never))).toBe('WITA'));

  it.each([
    ['64.01', 'kabupaten', 'WITA'],
    ['64.71', 'kota', 'WITA'],
    ['62.01', 'kabupaten', 'WIB'],
    ['17.06', 'kabupaten', 'WIB'],
    ['94.01', 'kabupaten', 'WIT'],
  ] as const)('lets %s (%s) inherit its province zone %s', (code, kind, zone) =>
    expect(recordedZone(register({ code, kind, parentCode: undefined, timezone: undefined }, { actor: admin }))).toBe(zone));

  it.each([
    ['62', 'WITA', 'WIB'],
    ['63', 'WIB', 'WITA'],
    ['76', 'WIT', 'WITA'],
    ['81', 'WITA', 'WIT'],
  ] as const)('refuses province %s given %s: 422 naming timezone with the derived %s', (code, given, derived) => {
    const error = refusal([], province(code, given));
    expect(error).toMatchObject({ kind: 'invalid', code: 'TimezoneContradictsRegion' });
    expect(error.fields).toEqual([expect.objectContaining({ field: 'timezone', allowed: [derived] })]);
  });

  it('refuses a kabupaten given a zone other than its province one', () => {
    const error = refusal([], register({ code: '64.01', timezone: 'WIB' }));
    expect(error).toMatchObject({ kind: 'invalid', code: 'TimezoneContradictsRegion' });
    expect(error.fields).toEqual([expect.objectContaining({ field: 'timezone', allowed: ['WITA'] })]);
  });

  it.each([
    ['provinsi', '20'],
    ['provinsi', '97'],
    ['provinsi', '10'],
    ['provinsi', '37'],
    ['provinsi', '66'],
    ['provinsi', '83'],
    ['provinsi', '00'],
    ['kabupaten', '20.01'],
    ['kota', '97.71'],
  ] as const)('refuses a %s with code %s, whose province is unknown: 422 naming code with the province codes', (kind, code) => {
    const error = refusal([], register({ code, kind, parentCode: undefined, timezone: undefined }, { actor: admin }));
    expect(error).toMatchObject({ kind: 'invalid', code: 'UnknownProvince' });
    expect(error.fields).toEqual([expect.objectContaining({ field: 'code', allowed: PROVINCE_CODES })]);
  });

  it('knows the 38 provinces', () => expect(PROVINCE_CODES).toHaveLength(38));

  it.each(['kementerian', 'lembaga'] as const)('lets a %s default to WIB (Jakarta) when timezone is omitted', (kind) =>
    expect(recordedZone(register({ code: 'K-KEMENDAGRI', kind, parentCode: undefined, timezone: undefined }, { actor: admin }))).toBe('WIB'));

  it.each(['WIB', 'WITA', 'WIT'] as const)('accepts any zone a national body says it keeps: %s', (zone) =>
    expect(recordedZone(register({ code: 'L-BPOM', kind: 'lembaga', parentCode: undefined, timezone: zone }, { actor: admin }))).toBe(zone));
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
