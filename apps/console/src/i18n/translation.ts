/** The English side of a section must have exactly the Indonesian side's keys (Indonesian is the source). */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

/** One section of the console's texts, both languages side by side so a new text is added to both at once. */
export function section<T extends object>(id: T, en: Translation<T>): { id: T; en: Translation<T> } {
  return { id, en };
}
