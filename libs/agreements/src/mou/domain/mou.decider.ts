import { Decider, DomainCommand, TimeZone, assertNever, authorizeOn, conflict, dated, invalid, notFound, requireOmbudsmanAuthority } from '@app/kernel';
import { EntityKind, PEMDA_KINDS, isPemda } from '@app/registry';
import { REGISTRATION_NUMBER_FORMAT, isValidRegistrationNumber, registrationSlug } from '../../registration/domain/registration-number';
import { optionalDate, requireActDate, requireOrder, requireText } from '../../shared/domain/value-rules';
import { Mou, MouAmended, MouEvent, MouSigned, MouState, MouTerminated, evolveMou, initialMouState } from './mou.events';

/** The provider as registered, loaded by the handler. */
export interface ProviderFacts {
  code: string;
  kind: EntityKind;
  provinceCode: string | null;
  timezone: TimeZone;
}

export type SignMou = DomainCommand<
  'SignMou',
  { entityCode: string; ombudsmanNumber: string; counterpartNumber: string; signedOn?: string; title: string; validUntil?: string | null },
  { provider: ProviderFacts }
>;
export type AmendMou = DomainCommand<'AmendMou', { amendedOn?: string; reason: string; title?: string | null; validUntil?: string | null }>;
export type TerminateMou = DomainCommand<'TerminateMou', { terminatedOn?: string; reason: string }>;
export type MouCommand = SignMou | AmendMou | TerminateMou;

export const TITLE_MAX = 500;
export const REASON_MAX = 2000;

/** An MoU's id is its Ombudsman registration number, so that number can never be signed twice. */
export const mouIdOf = (ombudsmanNumber: string): string => registrationSlug(ombudsmanNumber);

function requireNumber(value: string, field: string): string {
  const trimmed = value.trim();
  if (!isValidRegistrationNumber(trimmed)) {
    throw invalid('InvalidRegistrationNumber', `${field} "${value}" is not a registration number: ${REGISTRATION_NUMBER_FORMAT}`, [
      { field, message: 'not a registration number', allowed: REGISTRATION_NUMBER_FORMAT },
    ]);
  }
  return trimmed;
}

function sign(command: SignMou, state: MouState): MouEvent[] {
  const provider = command.context?.provider;
  if (!provider || provider.code !== command.data.entityCode) {
    throw notFound('EntityNotFound', `Provider ${command.data.entityCode} is not registered`);
  }
  const jurisdiction = { entityCode: provider.code, provinceCode: provider.provinceCode };
  requireOmbudsmanAuthority(command.actor, jurisdiction, 'SignMoU');
  const ombudsmanNumber = requireNumber(command.data.ombudsmanNumber, 'ombudsmanNumber');
  if (state.status !== 'none') {
    throw conflict(
      'MouAlreadySigned',
      `Ombudsman number ${ombudsmanNumber} is already MoU ${state.mouId}, signed ${state.signedOn} with ${state.jurisdiction.entityCode}`,
    );
  }
  if (!isPemda(provider.kind)) {
    throw invalid('MouRequiresPemda', `An MoU is signed with a regional head; ${provider.code} is a ${provider.kind}`, [
      { field: 'entityCode', message: `a ${provider.kind} cannot sign an MoU`, allowed: PEMDA_KINDS },
    ]);
  }
  const counterpartNumber = requireNumber(command.data.counterpartNumber, 'counterpartNumber');
  const signed = requireActDate(command.data.signedOn, 'signedOn', provider.timezone, command.now);
  const signedOn = signed.on;
  const validUntil = optionalDate(command.data.validUntil, 'validUntil');
  if (validUntil) requireOrder({ value: signedOn, name: 'signedOn' }, { value: validUntil, field: 'validUntil' }, 'ValidityBeforeSigning', false);
  return [
    dated<MouSigned>({
      type: 'MouSigned',
      data: {
        mouId: mouIdOf(ombudsmanNumber),
        entityCode: provider.code,
        provinceCode: provider.provinceCode,
        timezone: provider.timezone,
        ombudsmanNumber,
        counterpartNumber,
        signedOn,
        title: requireText(command.data.title, 'title', TITLE_MAX),
        validUntil,
      },
    }, signed),
  ];
}

function existing(state: MouState, action: string): Mou {
  if (state.status === 'none') throw notFound('MouNotFound', `${action}: no such MoU`);
  return state;
}

function amend(command: AmendMou, state: MouState): MouEvent[] {
  const mou = existing(state, 'AmendMoU');
  requireOmbudsmanAuthority(command.actor, mou.jurisdiction, 'AmendMoU');
  if (mou.termination) throw conflict('MouTerminated', `MoU ${mou.mouId} was terminated on ${mou.termination.terminatedOn}; it can no longer be amended`);
  const amended = requireActDate(command.data.amendedOn, 'amendedOn', mou.timezone, command.now, { date: mou.signedOn, name: 'signedOn', code: 'AmendedBeforeSigning' });
  const amendedOn = amended.on;
  const reason = requireText(command.data.reason, 'reason', REASON_MAX);
  const changes: { title?: string; validUntil?: string } = {};
  if (command.data.title != null) {
    const title = requireText(command.data.title, 'title', TITLE_MAX);
    if (title !== mou.title) changes.title = title;
  }
  const validUntil = optionalDate(command.data.validUntil, 'validUntil');
  if (validUntil !== null && validUntil !== mou.validUntil) {
    requireOrder({ value: mou.signedOn, name: 'signedOn' }, { value: validUntil, field: 'validUntil' }, 'ValidityBeforeSigning', false);
    changes.validUntil = validUntil;
  }
  if (Object.keys(changes).length === 0) {
    throw invalid('NothingToAmend', 'An amendment must change the title or validUntil of the MoU', [
      { field: 'title', message: 'absent or unchanged', allowed: 'a new title' },
      { field: 'validUntil', message: 'absent or unchanged', allowed: 'a new YYYY-MM-DD after signedOn' },
    ]);
  }
  return [dated<MouAmended>({ type: 'MouAmended', data: { mouId: mou.mouId, amendedOn, reason, changes } }, amended)];
}

function terminate(command: TerminateMou, state: MouState): MouEvent[] {
  const mou = existing(state, 'TerminateMoU');
  requireOmbudsmanAuthority(command.actor, mou.jurisdiction, 'TerminateMoU');
  if (mou.termination) throw conflict('MouAlreadyTerminated', `MoU ${mou.mouId} was already terminated on ${mou.termination.terminatedOn}`);
  const terminated = requireActDate(command.data.terminatedOn, 'terminatedOn', mou.timezone, command.now, { date: mou.signedOn, name: 'signedOn', code: 'TerminatedBeforeSigning' });
  const reason = requireText(command.data.reason, 'reason', REASON_MAX);
  return [dated<MouTerminated>({ type: 'MouTerminated', data: { mouId: mou.mouId, terminatedOn: terminated.on, reason } }, terminated)];
}

export function decideMou(command: MouCommand, state: MouState): MouEvent[] {
  switch (command.type) {
    case 'SignMou':
      return sign(command, state);
    case 'AmendMou':
      return amend(command, state);
    case 'TerminateMou':
      return terminate(command, state);
    default:
      return assertNever(command);
  }
}

export const mouDecider: Decider<MouState, MouCommand, MouEvent> = {
  initialState: initialMouState,
  evolve: evolveMou,
  decide: decideMou,
  authorize: (command, state) =>
    authorizeOn(command.actor, state.status === 'none' ? null : state.jurisdiction, 'This MoU', command.type === 'SignMou'),
};

export const MOU_CATEGORY = 'mou';
