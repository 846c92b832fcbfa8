import { Decider, DomainCommand, DomainError, assertNever, requireOmbudsmanAuthority } from '@app/kernel';
import { registrationSlug } from './registration-number';
import {
  RegistrationEvent,
  RegistrationState,
  evolveRegistration,
  initialRegistrationState,
} from './registration.events';

/**
 * What the handler found about the MoU currently holding the claim: the counterpart number
 * that MoU carries, or null when its stream was never written.
 */
export interface ClaimHolderFacts {
  mouId: string;
  counterpartNumber: string | null;
}

export type ClaimRegistrationNumber = DomainCommand<
  'ClaimRegistrationNumber',
  { number: string; entityCode: string; provinceCode: string | null; mouId: string },
  { holder?: ClaimHolderFacts }
>;

export type RegistrationCommand = ClaimRegistrationNumber;

/**
 * A claim is stale when the MoU holding it does not carry this number: the command that
 * claimed it failed (or lost a race) before its MoU was written. Without facts about the
 * holder, assume the claim is live.
 */
function isStale(claim: { number: string; mouId: string }, holder: ClaimHolderFacts | undefined): boolean {
  if (!holder || holder.mouId !== claim.mouId) return false;
  return holder.counterpartNumber === null || registrationSlug(holder.counterpartNumber) !== registrationSlug(claim.number);
}

function claim(command: ClaimRegistrationNumber, state: RegistrationState): RegistrationEvent[] {
  const { number, entityCode, provinceCode, mouId } = command.data;
  requireOmbudsmanAuthority(command.actor, { entityCode, provinceCode }, 'SignMoU');
  if (state.status === 'claimed') {
    if (state.mouId === mouId) return [];
    if (!isStale(state, command.context?.holder)) {
      throw new DomainError(
        'conflict',
        'DuplicateRegistrationNumber',
        `Provider ${entityCode} already used registration number ${state.number} for MoU ${state.mouId}`,
        [{ field: 'counterpartNumber', message: `already used by MoU ${state.mouId}`, allowed: 'a number not used in another MoU of this provider' }],
      );
    }
  }
  return [{ type: 'RegistrationNumberClaimed', data: { number, entityCode, provinceCode, mouId } }];
}

export function decideRegistration(command: RegistrationCommand, state: RegistrationState): RegistrationEvent[] {
  switch (command.type) {
    case 'ClaimRegistrationNumber':
      return claim(command, state);
    default:
      return assertNever(command.type);
  }
}

export const registrationDecider: Decider<RegistrationState, RegistrationCommand, RegistrationEvent> = {
  initialState: initialRegistrationState,
  evolve: evolveRegistration,
  decide: decideRegistration,
};

export const REGISTRATION_CATEGORY = 'registration';

/** `registration-<entityCode>-<slug>`: one stream per provider and number. */
export const registrationStreamId = (entityCode: string, counterpartNumber: string): string =>
  `${entityCode}-${registrationSlug(counterpartNumber)}`;
