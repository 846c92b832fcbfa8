/**
 * Facts a query found that stay true for as long as the log grows: a provider's name. (Whether a
 * recommendation is fulfilled is no longer found at query time: it is an event.) Only the live read model uses it (never an auditor's replay
 * of the past, where such a fact may not hold yet). Bounded: the oldest entries go first.
 */
export class ReadMemo {
  private readonly entries = new Map<string, unknown>();

  constructor(private readonly capacity = 200_000) {}

  get<T>(key: string): T | undefined {
    return this.entries.get(key) as T | undefined;
  }

  set(key: string, value: unknown): void {
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, value);
  }
}
