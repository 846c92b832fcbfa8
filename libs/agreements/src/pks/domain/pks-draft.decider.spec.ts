import { fold } from '@app/kernel';
import { deciderSpec } from '@app/kernel/testing';
import { refusal } from '../../shared/testing/refusal';
import { DraftPks, pksDecider } from './pks.decider';
import { PksEvent } from './pks.events';
import { draft, drafted, mou, now, outsider, provider, terminatedMou } from './pks.spec-fixtures';

const spec = deciderSpec(pksDecider);
const refused = (history: PksEvent[], command: DraftPks) => refusal(() => pksDecider.decide(command, fold(pksDecider, history)));
const scope = [{ id: 'pendampingan-berkala', text: 'Pendampingan berkala' }];

describe('PKS decider: DraftPKS', () => {
  it("drafts Kalsel's 2022 PKS for its 21 units", () => spec.given([]).when(draft()).then([drafted]));

  it('keeps a periodic report obligation and defaults others to none', () =>
    spec
      .given([])
      .when(draft({ scope: [...scope, { id: 'laporan', text: 'Laporan', obligation: { every: 'semester' } }] }))
      .thenEvents(([event]) =>
        expect(event.type === 'PksDrafted' && event.data.scope).toEqual([
          { id: 'pendampingan-berkala', text: 'Pendampingan berkala', obligation: null },
          { id: 'laporan', text: 'Laporan', obligation: { every: 'semester' } },
        ]),
      ));

  it('refuses a second draft on the same stream', () => spec.given([drafted]).when(draft()).thenThrows('PksAlreadyDrafted', 'conflict'));

  it('refuses without the MoU', () =>
    spec.given([]).when(draft({}, { context: undefined })).thenThrows('MouNotFound', 'not_found'));

  it('refuses under a terminated MoU', () =>
    spec.given([]).when(draft({}, { context: { mou: terminatedMou(), provider } })).thenThrows('MouTerminated', 'conflict'));

  it('refuses under an MoU expired by now', () =>
    spec
      .given([])
      .when(draft({}, { now: new Date('2024-01-01T00:00:00Z'), context: { mou: mou('2023-10-27'), provider } }))
      .thenThrows('MouExpired', 'conflict'));

  it('refuses a draft dated after the MoU lapsed: while the MoU is still valid, such a date is in the future', () =>
    spec
      .given([])
      .when(draft({ draftedOn: '2022-06-15' }, { context: { mou: mou('2022-06-01'), provider }, now: new Date('2022-05-01T00:00:00Z') }))
      .thenThrows('DateInFuture', 'invalid'));

  it('refuses a draft dated before the MoU was signed', () =>
    expect(refused([], draft({ draftedOn: '2021-10-27' }))).toMatchObject({ code: 'DraftedBeforeMou', fields: [{ field: 'draftedOn' }] }));

  it('refuses a date that does not exist', () => spec.given([]).when(draft({ draftedOn: '2022-06-31' })).thenThrows('InvalidDate'));

  it('refuses an empty title', () => spec.given([]).when(draft({ title: '' })).thenThrows('InvalidText'));

  it('refuses a PKS without units', () => spec.given([]).when(draft({ unitIds: [] })).thenThrows('NoUnits', 'invalid'));

  it('refuses a unit listed twice, naming its position', () =>
    expect(refused([], draft({ unitIds: ['dinkes', 'dinsos', 'dinkes'] }))).toMatchObject({
      code: 'DuplicateUnit',
      fields: [{ field: 'unitIds.2' }],
    }));

  it('refuses a unit not registered at the provider, listing the registered ones', () =>
    expect(refused([], draft({ unitIds: ['dinkes', 'puskesmas-senaken'] }))).toMatchObject({
      code: 'UnknownUnit',
      fields: [{ field: 'unitIds.1', allowed: provider.unitIds }],
    }));

  it('refuses an empty scope', () => spec.given([]).when(draft({ scope: [] })).thenThrows('NoScope', 'invalid'));

  it('refuses a scope id used twice', () =>
    expect(refused([], draft({ scope: [...scope, ...scope] }))).toMatchObject({ code: 'DuplicateScopeId', fields: [{ field: 'scope.1.id' }] }));

  it('refuses a scope id that is not a slug', () =>
    expect(refused([], draft({ scope: [{ id: 'Pendampingan Berkala', text: 't' }] }))).toMatchObject({
      code: 'InvalidScopeId',
      fields: [{ field: 'scope.0.id' }],
    }));

  it('refuses a scope item without text', () =>
    expect(refused([], draft({ scope: [{ id: 'a', text: ' ' }] }))).toMatchObject({ code: 'InvalidText', fields: [{ field: 'scope.0.text' }] }));

  it('refuses an unknown reporting period', () =>
    expect(refused([], draft({ scope: [{ id: 'a', text: 't', obligation: { every: 'week' as never } }] }))).toMatchObject({
      code: 'InvalidReportPeriod',
      fields: [{ field: 'scope.0.obligation.every', allowed: ['month', 'quarter', 'semester', 'year'] }],
    }));

  it('refuses an officer outside the province', () =>
    spec.given([]).when(draft({}, { actor: outsider })).thenThrows('OutsideScope', 'forbidden'));

  it("refuses the provider's liaison", () =>
    spec.given([]).when(draft({}, { actor: { id: 'l', role: 'liaison', entityCode: '63' }, now })).thenThrows('RoleNotAllowed', 'forbidden'));
});
