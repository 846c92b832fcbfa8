import type { Jurisdiction } from '@app/kernel';

/** A provider's own registration number for an MoU, reserved so no other MoU of theirs reuses it. */
export type RegistrationNumberClaimed = {
  type: 'RegistrationNumberClaimed';
  data: { number: string; entityCode: string; provinceCode: string | null; mouId: string };
};

export type RegistrationEvent = RegistrationNumberClaimed;

export type RegistrationState =
  | { status: 'free' }
  | { status: 'claimed'; number: string; mouId: string; jurisdiction: Jurisdiction };

export const initialRegistrationState = (): RegistrationState => ({ status: 'free' });

export function evolveRegistration(_state: RegistrationState, event: RegistrationEvent): RegistrationState {
  switch (event.type) {
    case 'RegistrationNumberClaimed': {
      const { number, entityCode, provinceCode, mouId } = event.data;
      return { status: 'claimed', number, mouId, jurisdiction: { entityCode, provinceCode } };
    }
  }
}
