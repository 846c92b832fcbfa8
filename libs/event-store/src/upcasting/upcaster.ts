/** Turns one event type's data from `fromVersion` into `fromVersion + 1`. */
export interface Upcaster {
  type: string;
  fromVersion: number;
  /** Pure: return new data, never mutate the argument. */
  upcast(data: Record<string, unknown>): Record<string, unknown>;
}
