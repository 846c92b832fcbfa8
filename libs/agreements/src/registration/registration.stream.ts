import { streamName } from '@app/event-store';
import { REGISTRATION_CATEGORY, registrationStreamId } from './domain/registration.decider';

/** `registration-63-053-NK-PEMOTDA-2021`. */
export const registrationStream = (entityCode: string, counterpartNumber: string): string =>
  streamName(REGISTRATION_CATEGORY, registrationStreamId(entityCode, counterpartNumber));
