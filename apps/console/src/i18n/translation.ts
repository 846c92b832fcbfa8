/**
 * The English side of a section must have exactly the Indonesian side's keys (Indonesian is the
 * source). English may add a singular, `<key>_one`, beside any text with a count: Indonesian does
 * not inflect ("1 hari", "3 hari"), English does ("1 day", "3 days"), and i18next picks `_one` by
 * the count's plural rule.
 */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> } & {
  [K in keyof T as T[K] extends string ? `${K & string}_one` : never]?: string;
};

/** One section of the console's texts, both languages side by side so a new text is added to both at once. */
export function section<T extends object>(id: T, en: Translation<T>): { id: T; en: Translation<T> } {
  return { id, en };
}
