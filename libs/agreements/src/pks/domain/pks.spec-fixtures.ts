import { Actor, fold } from '@app/kernel';
import { KALSEL_PKS_UNITS } from '@app/registry';
import { KALSEL_PKS_2022 } from '../../fixtures';
import { mouDecider } from '../../mou/domain/mou.decider';
import { Mou, MouEvent } from '../../mou/domain/mou.events';
import { DraftPks, FinalizePks, SignPks, TerminatePks } from './pks.decider';
import { PksDrafted, PksFinalized, PksSigned, PksTerminated } from './pks.events';

/** Shared givens for the PKS specs: Kalsel's 2022 PKS under its 2021 MoU. */
export const now = new Date('2022-07-05T02:00:00Z');
export const officer: Actor = { id: 'officer-kalsel', role: 'officer', provinces: ['63'] };
export const outsider: Actor = { id: 'officer-kaltim', role: 'officer', provinces: ['64'] };
export const PKS_ID = '5b0c8f5e-1f7a-5d1c-9a55-3f1d2a0e6c11';
/** Unless a spec says otherwise, an act is recorded on its own day (09:00 WITA), so its event has no separate occurredAt. */
export const onTheDay = (date: string): Date => new Date(`${date}T01:00:00Z`);

const mouSigned = (validUntil: string | null): MouEvent => ({
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
    validUntil,
  },
});
export const mou = (validUntil: string | null = '2026-10-27'): Mou => fold(mouDecider, [mouSigned(validUntil)]) as Mou;
export const terminatedMou = (): Mou =>
  fold(mouDecider, [
    mouSigned('2026-10-27'),
    { type: 'MouTerminated', data: { mouId: '30-ORI-MOU-X-2021', terminatedOn: '2022-06-20', reason: 'r' } },
  ]) as Mou;

export const provider = { code: '63', unitIds: KALSEL_PKS_UNITS.map((u) => u.unitId) };

export const draft = (data: Partial<DraftPks['data']> = {}, extra: Partial<DraftPks> = {}): DraftPks => ({
  type: 'DraftPks',
  data: { pksId: PKS_ID, ...KALSEL_PKS_2022.draft, ...data },
  actor: officer,
  now: onTheDay(data.draftedOn ?? KALSEL_PKS_2022.draft.draftedOn),
  context: { mou: mou(), provider },
  ...extra,
});
export const finalize = (finalizedOn = '2022-06-27', extra: Partial<FinalizePks> = {}): FinalizePks => ({
  type: 'FinalizePks',
  data: { finalizedOn },
  actor: officer,
  now: onTheDay(finalizedOn),
  context: { mou: mou() },
  ...extra,
});
export const sign = (data: Partial<SignPks['data']> = {}, extra: Partial<SignPks> = {}): SignPks => ({
  type: 'SignPks',
  data: { signedOn: '2022-07-05', ...data },
  actor: officer,
  now: onTheDay(data.signedOn ?? '2022-07-05'),
  context: { mou: mou() },
  ...extra,
});
export const terminate = (data: Partial<TerminatePks['data']> = {}, actor: Actor = officer): TerminatePks => ({
  type: 'TerminatePks',
  data: { terminatedOn: '2023-07-01', reason: 'Reorganisasi perangkat daerah', ...data },
  actor,
  now: onTheDay(data.terminatedOn ?? '2023-07-01'),
});

export const drafted: PksDrafted = {
  type: 'PksDrafted',
  data: {
    pksId: PKS_ID,
    mouId: '30-ORI-MOU-X-2021',
    entityCode: '63',
    provinceCode: '63',
    timezone: 'WITA',
    title: KALSEL_PKS_2022.draft.title,
    unitIds: provider.unitIds,
    scope: KALSEL_PKS_2022.draft.scope.map((item) => ({ obligation: null, ...item })),
    draftedOn: '2022-06-15',
  },
};
export const finalized: PksFinalized = { type: 'PksFinalized', data: { pksId: PKS_ID, finalizedOn: '2022-06-27' } };
export const signed: PksSigned = {
  type: 'PksSigned',
  data: { pksId: PKS_ID, signedOn: '2022-07-05', number: '180/12/PKS/2022', validUntil: '2024-07-04' },
};
export const terminated: PksTerminated = {
  type: 'PksTerminated',
  data: { pksId: PKS_ID, terminatedOn: '2023-07-01', reason: 'Reorganisasi perangkat daerah' },
};
