import { Decider, DomainCommand, assertNever, authorizeOn, conflict, dated, notFound, requireOmbudsmanAuthority } from '@app/kernel';
import { Mou } from '../../mou/domain/mou.events';
import { mouStatusAt } from '../../mou/domain/mou.status';
import { REASON_MAX, TITLE_MAX } from '../../mou/domain/mou.decider';
import { optionalDate, requireActDate, requireOrder, requireText } from '../../shared/domain/value-rules';
import { ScopeItemInput, requireScope, requireUnits } from './pks-content.rules';
import { Pks, PksDrafted, PksEvent, PksFinalized, PksSigned, PksState, PksTerminated, evolvePks, initialPksState } from './pks.events';

export type DraftPks = DomainCommand<
  'DraftPks',
  { pksId: string; mouId: string; title: string; unitIds: string[]; scope: ScopeItemInput[]; draftedOn?: string },
  { mou: Mou; provider: { code: string; unitIds: string[] } }
>;
export type FinalizePks = DomainCommand<'FinalizePks', { finalizedOn?: string }, { mou: Mou }>;
export type SignPks = DomainCommand<'SignPks', { signedOn?: string; number?: string | null; validUntil?: string | null }, { mou: Mou }>;
export type TerminatePks = DomainCommand<'TerminatePks', { terminatedOn?: string; reason: string }>;
export type PksCommand = DraftPks | FinalizePks | SignPks | TerminatePks;

const NUMBER_MAX = 100;

function requireMouNotTerminated(mou: Mou | undefined, action: string): Mou {
  if (!mou) throw notFound('MouNotFound', `${action}: the PKS's MoU was not found`);
  if (mou.termination) {
    throw conflict('MouTerminated', `${action}: MoU ${mou.mouId} was terminated on ${mou.termination.terminatedOn}`);
  }
  return mou;
}

function draft(command: DraftPks, state: PksState): PksEvent[] {
  const { data, context } = command;
  if (state.status !== 'none') throw conflict('PksAlreadyDrafted', `PKS ${state.pksId} already exists`);
  const mou = requireMouNotTerminated(context?.mou, 'DraftPKS');
  requireOmbudsmanAuthority(command.actor, mou.jurisdiction, 'DraftPKS');
  if (mouStatusAt(mou, command.now) === 'expired') {
    throw conflict('MouExpired', `DraftPKS: MoU ${mou.mouId} expired after ${mou.validUntil}`);
  }
  const drafted = requireActDate(data.draftedOn, 'draftedOn', mou.timezone, command.now, { date: mou.signedOn, name: 'the MoU signing date', code: 'DraftedBeforeMou' });
  const draftedOn = drafted.on;
  if (mou.validUntil !== null && draftedOn > mou.validUntil) {
    throw conflict('MouExpired', `DraftPKS: MoU ${mou.mouId} was valid until ${mou.validUntil}, before draftedOn ${draftedOn}`);
  }
  const { entityCode, provinceCode } = mou.jurisdiction;
  return [
    dated<PksDrafted>({
      type: 'PksDrafted',
      data: {
        pksId: data.pksId,
        mouId: mou.mouId,
        entityCode,
        provinceCode,
        timezone: mou.timezone,
        title: requireText(data.title, 'title', TITLE_MAX),
        unitIds: requireUnits(data.unitIds, context?.provider.unitIds ?? [], entityCode),
        scope: requireScope(data.scope),
        draftedOn,
      },
    }, drafted),
  ];
}

function existing(state: PksState, action: string): Pks {
  if (state.status === 'none') throw notFound('PksNotFound', `${action}: no such PKS`);
  return state;
}

/** The transitions a PKS refuses, by the status it is in; one code per illegal move. */
function refuseUnless(pks: Pks, allowed: Pks['status'], action: string, done: string): void {
  if (pks.status === allowed) return;
  const codes: Record<Pks['status'], string> = {
    drafted: allowed === 'finalized' ? 'PksNotFinalized' : 'PksNotSigned',
    finalized: allowed === 'drafted' ? 'PksAlreadyFinalized' : 'PksNotSigned',
    signed: 'PksAlreadySigned',
    terminated: 'PksTerminated',
  };
  throw conflict(codes[pks.status], `${action}: PKS ${pks.pksId} is ${pks.status}; only a ${allowed} PKS can be ${done}`);
}

function finalize(command: FinalizePks, state: PksState): PksEvent[] {
  const pks = existing(state, 'FinalizePKS');
  requireOmbudsmanAuthority(command.actor, pks.jurisdiction, 'FinalizePKS');
  refuseUnless(pks, 'drafted', 'FinalizePKS', 'finalized');
  requireMouNotTerminated(command.context?.mou, 'FinalizePKS');
  const finalized = requireActDate(command.data.finalizedOn, 'finalizedOn', pks.timezone, command.now, { date: pks.draftedOn, name: 'draftedOn', code: 'FinalizedBeforeDrafted' });
  return [dated<PksFinalized>({ type: 'PksFinalized', data: { pksId: pks.pksId, finalizedOn: finalized.on } }, finalized)];
}

function sign(command: SignPks, state: PksState): PksEvent[] {
  const pks = existing(state, 'SignPKS');
  requireOmbudsmanAuthority(command.actor, pks.jurisdiction, 'SignPKS');
  refuseUnless(pks, 'finalized', 'SignPKS', 'signed');
  requireMouNotTerminated(command.context?.mou, 'SignPKS');
  const signed = requireActDate(command.data.signedOn, 'signedOn', pks.timezone, command.now, { date: pks.finalizedOn ?? pks.draftedOn, name: 'finalizedOn', code: 'SignedBeforeFinalized' });
  const signedOn = signed.on;
  const validUntil = optionalDate(command.data.validUntil, 'validUntil');
  if (validUntil) requireOrder({ value: signedOn, name: 'signedOn' }, { value: validUntil, field: 'validUntil' }, 'ValidityBeforeSigning', false);
  const number = command.data.number == null ? null : requireText(command.data.number, 'number', NUMBER_MAX);
  return [dated<PksSigned>({ type: 'PksSigned', data: { pksId: pks.pksId, signedOn, number, validUntil } }, signed)];
}

function terminate(command: TerminatePks, state: PksState): PksEvent[] {
  const pks = existing(state, 'TerminatePKS');
  requireOmbudsmanAuthority(command.actor, pks.jurisdiction, 'TerminatePKS');
  if (pks.termination) throw conflict('PksAlreadyTerminated', `PKS ${pks.pksId} was already terminated on ${pks.termination.terminatedOn}`);
  refuseUnless(pks, 'signed', 'TerminatePKS', 'terminated');
  const terminated = requireActDate(command.data.terminatedOn, 'terminatedOn', pks.timezone, command.now, { date: pks.signedOn ?? pks.draftedOn, name: 'signedOn', code: 'TerminatedBeforeSigning' });
  const terminatedOn = terminated.on;
  if (pks.validUntil !== null && terminatedOn > pks.validUntil) {
    throw conflict('PksExpired', `PKS ${pks.pksId} expired after ${pks.validUntil}; there is nothing left to terminate on ${terminatedOn}`);
  }
  const reason = requireText(command.data.reason, 'reason', REASON_MAX);
  return [dated<PksTerminated>({ type: 'PksTerminated', data: { pksId: pks.pksId, terminatedOn, reason } }, terminated)];
}

export function decidePks(command: PksCommand, state: PksState): PksEvent[] {
  switch (command.type) {
    case 'DraftPks':
      return draft(command, state);
    case 'FinalizePks':
      return finalize(command, state);
    case 'SignPks':
      return sign(command, state);
    case 'TerminatePks':
      return terminate(command, state);
    default:
      return assertNever(command);
  }
}

export const pksDecider: Decider<PksState, PksCommand, PksEvent> = {
  initialState: initialPksState,
  evolve: evolvePks,
  decide: decidePks,
  authorize: (command, state) =>
    authorizeOn(command.actor, state.status === 'none' ? null : state.jurisdiction, 'This PKS', command.type === 'DraftPks'),
};

export const PKS_CATEGORY = 'pks';
