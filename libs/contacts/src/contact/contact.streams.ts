import { streamName } from '@app/event-store';

/** A provider's directory: `contacts-64.01`. */
export const PROVIDER_CONTACTS_CATEGORY = 'contacts';
/** A province's Ombudsman office directory: `ombudsmancontacts-64` (a category never holds '-'). */
export const OMBUDSMAN_CONTACTS_CATEGORY = 'ombudsmancontacts';

export const providerContactsStream = (entityCode: string): string => streamName(PROVIDER_CONTACTS_CATEGORY, entityCode);
export const ombudsmanContactsStream = (provinceCode: string): string => streamName(OMBUDSMAN_CONTACTS_CATEGORY, provinceCode);
