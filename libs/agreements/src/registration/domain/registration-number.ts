/**
 * Registration numbers as written on agreements: `30/ORI-MOU/X/2021`, `053/NK-PEMOTDA/2021`.
 * Letters, digits, `/`, `.`, `-` and spaces, starting and ending with a letter or digit.
 */
export const REGISTRATION_NUMBER_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9./ -]*[A-Za-z0-9])?$/;
export const REGISTRATION_NUMBER_MAX_LENGTH = 100;
export const REGISTRATION_NUMBER_FORMAT =
  `letters, digits, "/", ".", "-" and spaces, starting and ending with a letter or digit, ≤ ${REGISTRATION_NUMBER_MAX_LENGTH} characters (e.g. 30/ORI-MOU/X/2021)`;

export const isValidRegistrationNumber = (value: string): boolean =>
  value.length <= REGISTRATION_NUMBER_MAX_LENGTH && REGISTRATION_NUMBER_PATTERN.test(value);

/**
 * Stream-safe identity of a number: uppercase, runs of `/`, spaces and dashes → one `-`.
 * Two spellings of the same number (`30/ori-mou/x/2021`, `30 / ORI-MOU / X / 2021`) share it.
 */
export function registrationSlug(value: string): string {
  return value
    .trim()
    .toUpperCase()
    .replace(/[\s/-]+/g, '-');
}
