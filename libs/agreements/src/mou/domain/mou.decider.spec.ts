import { Actor, fold } from '@app/kernel';
import { deciderSpec } from '@app/kernel/testing';
import { KALSEL_MOU } from '../../fixtures';
import { refusal } from '../../shared/testing/refusal';
import { AmendMou, MouCommand, ProviderFacts, SignMou, TerminateMou, mouDecider } from './mou.decider';
import { MouAmended, MouEvent, MouSigned, MouTerminated } from './mou.events';

const spec = deciderSpec(mouDecider);
const now = new Date('2021-10-28T03:00:00Z');
/** Unless a spec says otherwise, an act is recorded on its own day (11:00 WITA), so its event has no separate occurredAt. */
const onTheDay = (date: string | undefined, fallback: string): Date => new Date(`${typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : fallback}T03:00:00Z`);
const officer: Actor = { id: 'officer-kalsel', role: 'officer', provinces: ['63'] };
const outsider: Actor = { id: 'officer-kaltim', role: 'officer', provinces: ['64'] };
const kalsel: ProviderFacts = { code: '63', kind: 'provinsi', provinceCode: '63', timezone: 'WITA' };

const sign = (data: Partial<SignMou['data']> = {}, extra: Partial<SignMou> = {}): SignMou => ({
  type: 'SignMou',
  data: { ...KALSEL_MOU, ...data },
  actor: officer,
  now,
  context: { provider: kalsel },
  ...extra,
});
const amend = (data: Partial<AmendMou['data']>, actor: Actor = officer): AmendMou => ({
  type: 'AmendMou',
  data: { amendedOn: '2023-01-10', reason: 'Perpanjangan', ...data },
  actor,
  now: onTheDay(data.amendedOn, '2023-01-10'),
});
const terminate = (data: Partial<TerminateMou['data']> = {}, actor: Actor = officer): TerminateMou => ({
  type: 'TerminateMou',
  data: { terminatedOn: '2024-01-31', reason: 'Kesepakatan para pihak', ...data },
  actor,
  now: onTheDay(data.terminatedOn, '2024-01-31'),
});

const signed: MouSigned = {
  type: 'MouSigned',
  data: {
    mouId: '30-ORI-MOU-X-2021',
    entityCode: '63',
    provinceCode: '63',
    timezone: 'WITA',
    ombudsmanNumber: '30/ORI-MOU/X/2021',
    counterpartNumber: '053/NK-PEMOTDA/2021',
    signedOn: '2021-10-28',
    title: 'Peningkatan kualitas pelayanan publik',
    validUntil: null,
  },
};
const terminated: MouTerminated = {
  type: 'MouTerminated',
  data: { mouId: '30-ORI-MOU-X-2021', terminatedOn: '2024-01-31', reason: 'Kesepakatan para pihak' },
};
const amended = (changes: MouAmended['data']['changes']): MouAmended => ({
  type: 'MouAmended',
  data: { mouId: '30-ORI-MOU-X-2021', amendedOn: '2023-01-10', reason: 'Perpanjangan', changes },
});
const refused = (history: MouEvent[], command: MouCommand) => refusal(() => mouDecider.decide(command, fold(mouDecider, history)));

describe('MoU decider: SignMoU', () => {
  it('signs an MoU identified by its Ombudsman number', () => spec.given([]).when(sign()).then([signed]));

  it('records a validity period and trims the numbers', () =>
    spec
      .given([])
      .when(sign({ validUntil: '2026-10-27', ombudsmanNumber: ' 30/ORI-MOU/X/2021 ', counterpartNumber: '053/NK-PEMOTDA/2021 ' }))
      .then([{ ...signed, data: { ...signed.data, validUntil: '2026-10-27' } }]));

  it('refuses an Ombudsman number that is already an MoU, naming it', () => {
    const error = refused([signed], sign({ counterpartNumber: '054/NK-PEMOTDA/2021' }));
    expect(error).toMatchObject({ kind: 'conflict', code: 'MouAlreadySigned' });
    expect(error.message).toContain('30-ORI-MOU-X-2021');
  });

  it('refuses a provider the handler did not find', () =>
    spec.given([]).when(sign({}, { context: undefined })).thenThrows('EntityNotFound', 'not_found'));

  it.each(['kementerian', 'lembaga'] as const)('refuses a %s: MoUs are signed with pemda heads', (kind) => {
    const provider: ProviderFacts = { code: 'K-KEMENDAGRI', kind, provinceCode: null, timezone: 'WIB' };
    const error = refused([], sign({ entityCode: 'K-KEMENDAGRI' }, { actor: { id: 'a', role: 'admin' }, context: { provider } }));
    expect(error).toMatchObject({ kind: 'invalid', code: 'MouRequiresPemda', fields: [{ field: 'entityCode', allowed: ['provinsi', 'kabupaten', 'kota'] }] });
  });

  it.each([
    ['ombudsmanNumber', '30/ORI#MOU'],
    ['counterpartNumber', '/053/NK'],
    ['counterpartNumber', ''],
  ] as const)('refuses %s %j', (field, value) => {
    const error = refused([], sign({ [field]: value }));
    expect(error).toMatchObject({ code: 'InvalidRegistrationNumber', fields: [{ field }] });
  });

  it('refuses a date that does not exist', () =>
    expect(refused([], sign({ signedOn: '2021-02-30' }))).toMatchObject({ code: 'InvalidDate', fields: [{ field: 'signedOn', allowed: 'YYYY-MM-DD' }] }));

  it('refuses a validity that does not end after signing', () =>
    expect(refused([], sign({ validUntil: '2021-10-28' }))).toMatchObject({ code: 'ValidityBeforeSigning', fields: [{ field: 'validUntil' }] }));

  it('refuses an empty title', () => spec.given([]).when(sign({ title: ' ' })).thenThrows('InvalidText', 'invalid'));

  it('refuses an officer outside the province', () =>
    spec.given([]).when(sign({}, { actor: outsider })).thenThrows('OutsideScope', 'forbidden'));

  it('refuses an auditor', () =>
    spec.given([]).when(sign({}, { actor: { id: 'aud', role: 'auditor' } })).thenThrows('RoleNotAllowed', 'forbidden'));
});

describe('MoU decider: AmendMoU', () => {
  it('extends the validity', () =>
    spec.given([signed]).when(amend({ validUntil: '2026-10-27' })).then([amended({ validUntil: '2026-10-27' })]));

  it('records only what changes', () =>
    spec
      .given([signed])
      .when(amend({ title: signed.data.title, validUntil: '2026-10-27' }))
      .then([amended({ validUntil: '2026-10-27' })]));

  it('changes the title, and the state shows the new title', () => {
    spec.given([signed]).when(amend({ title: 'Pelayanan publik prima' })).then([amended({ title: 'Pelayanan publik prima' })]);
    expect(fold(mouDecider, [signed, amended({ title: 'Pelayanan publik prima' })])).toMatchObject({
      title: 'Pelayanan publik prima',
      amendments: [{ reason: 'Perpanjangan' }],
    });
  });

  it('refuses an amendment that changes nothing', () => {
    const error = refused([signed], amend({ title: signed.data.title }));
    expect(error).toMatchObject({ code: 'NothingToAmend', kind: 'invalid' });
    expect(error.fields.map((f) => f.field)).toEqual(['title', 'validUntil']);
  });

  it('refuses to amend a terminated MoU', () =>
    spec.given([signed, terminated]).when(amend({ validUntil: '2026-10-27' })).thenThrows('MouTerminated', 'conflict'));

  it('refuses an amendment dated before signing', () =>
    spec.given([signed]).when(amend({ amendedOn: '2021-10-27', validUntil: '2026-10-27' })).thenThrows('AmendedBeforeSigning', 'invalid'));

  it('refuses a validity ending before signing', () =>
    spec.given([signed]).when(amend({ validUntil: '2021-01-01' })).thenThrows('ValidityBeforeSigning', 'invalid'));

  it('refuses an amendment without a reason', () =>
    spec.given([signed]).when(amend({ reason: '', validUntil: '2026-10-27' })).thenThrows('InvalidText'));

  it('refuses an MoU that does not exist', () =>
    spec.given([]).when(amend({ validUntil: '2026-10-27' })).thenThrows('MouNotFound', 'not_found'));

  it('refuses an officer outside the province', () =>
    spec.given([signed]).when(amend({ validUntil: '2026-10-27' }, outsider)).thenThrows('OutsideScope', 'forbidden'));
});

describe('MoU decider: TerminateMoU', () => {
  it('terminates', () => spec.given([signed]).when(terminate()).then([terminated]));

  it('terminates once only', () => spec.given([signed, terminated]).when(terminate()).thenThrows('MouAlreadyTerminated', 'conflict'));

  it('refuses a termination dated before signing', () =>
    expect(refused([signed], terminate({ terminatedOn: '2021-10-27' }))).toMatchObject({
      code: 'TerminatedBeforeSigning',
      fields: [{ field: 'terminatedOn', allowed: 'terminatedOn ≥ 2021-10-28' }],
    }));

  it('refuses a termination without a reason', () => spec.given([signed]).when(terminate({ reason: ' ' })).thenThrows('InvalidText'));

  it('refuses an MoU that does not exist', () => spec.given([]).when(terminate()).thenThrows('MouNotFound', 'not_found'));

  it('refuses an officer outside the province', () =>
    spec.given([signed]).when(terminate({}, outsider)).thenThrows('OutsideScope', 'forbidden'));
});

describe('MoU decider: business dates', () => {
  it('dates a signing entered later by its signedOn (occurredAt at the end of that day in the provider zone)', () =>
    spec.given([]).when(sign({}, { now: new Date('2025-01-06T03:00:00Z') })).then([{ ...signed, occurredAt: new Date('2021-10-28T15:59:59.999Z') }]));
  it('refuses a signing, amendment or termination dated after today in the provider zone', () => {
    // 2021-10-28T16:30Z is already 29 October 00:30 in WITA, still 28 October in WIB.
    spec.given([]).when(sign({ signedOn: '2021-10-29' }, { now: new Date('2021-10-28T16:30:00Z') })).thenEvents(([e]) => expect(e).not.toHaveProperty('occurredAt'));
    spec.given([]).when(sign({ signedOn: '2021-10-29' }, { now: new Date('2021-10-28T15:30:00Z') })).thenThrows('DateInFuture', 'invalid');
    spec.given([signed]).when({ ...amend({ title: 'Baru' }), now: new Date('2023-01-09T03:00:00Z') }).thenThrows('DateInFuture', 'invalid');
    spec.given([signed]).when({ ...terminate(), now: new Date('2024-01-30T03:00:00Z') }).thenThrows('DateInFuture', 'invalid');
  });
  it('allows an amendment on the signing day', () =>
    spec.given([signed]).when(amend({ amendedOn: '2021-10-28', title: 'Baru' })).thenEvents(([e]) => expect(e.data).toMatchObject({ amendedOn: '2021-10-28' })));
});

describe('MoU decider: dates left out', () => {
  it("dates a signing, amendment or termination given without a date today in the provider's zone", () => {
    spec.given([]).when(sign({ signedOn: undefined })).thenEvents(([e]) => expect(e).toEqual({ type: 'MouSigned', data: expect.objectContaining({ signedOn: '2021-10-28' }) }));
    const at = new Date('2024-01-30T16:30:00Z'); // 31 January 00:30 WITA
    spec.given([signed]).when({ ...terminate({ terminatedOn: undefined }), now: at }).thenEvents(([e]) => expect(e.data).toMatchObject({ terminatedOn: '2024-01-31' }));
  });
});
