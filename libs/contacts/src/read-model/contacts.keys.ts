/** The `contacts` read model's keys, relative to its namespace. */
export const CONTACTS_READ_MODEL = 'contacts';

export const contactKeys = {
  /** Hash: every Contact field, null stored as ''. */
  contact: (contactId: string): string => `contact:${contactId}`,
  /** Sorted set (score 0, so ordered by id) of a provider's contact ids. */
  ofProvider: (entityCode: string): string => `provider:${entityCode}`,
  /** Sorted set (score 0) of a province Ombudsman office's contact ids. */
  ofOmbudsman: (provinceCode: string): string => `ombudsman:${provinceCode}`,
  /** String: the directory stream's last revision, for the list's ETag and a following If-Match. */
  revision: (index: string): string => `revision:${index}`,
} as const;

export const INDEX_SCORE = 0;
