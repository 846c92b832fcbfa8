/** The double's storage: one global log ($all) and its per-stream views, in memory. */

export type ExpectedState =
  | { kind: 'any' }
  | { kind: 'no_stream' }
  | { kind: 'stream_exists' }
  | { kind: 'revision'; revision: bigint };

export interface ProposedEvent {
  id: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  customMetadata: Uint8Array;
}

export interface StoredEvent extends ProposedEvent {
  stream: string;
  revision: bigint;
  /** Commit and prepare position are equal here, as for a single-write append on a real node. */
  position: bigint;
  createdMs: number;
}

export type AppendOutcome =
  | { ok: true; revision: bigint; position: bigint }
  | { ok: false; current: bigint | undefined };

export class InMemoryLog {
  private readonly log: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly listeners = new Set<(event: StoredEvent) => void>();
  private nextPosition = 0n;

  constructor() {
    // A real node's log never starts with user data; this also keeps user events off position 0.
    const json = Buffer.from('{}');
    const epoch = { id: '00000000-0000-4000-8000-000000000000', type: '$epoch-information', contentType: 'application/json' };
    this.write('$epoch-information', [{ ...epoch, data: json, customMetadata: json }]);
  }

  append(stream: string, expected: ExpectedState, events: ProposedEvent[]): AppendOutcome {
    const existing = this.streams.get(stream) ?? [];
    const current = existing.length > 0 ? BigInt(existing.length - 1) : undefined;
    const repeat = this.idempotentRepeat(existing, expected, events);
    if (repeat) return repeat;
    if (!satisfies(expected, current)) return { ok: false, current };
    if (events.length === 0) return { ok: true, revision: current ?? -1n, position: this.nextPosition };
    const last = this.write(stream, events);
    return { ok: true, revision: last.revision, position: last.position };
  }

  stream(stream: string): readonly StoredEvent[] | undefined {
    return this.streams.get(stream);
  }

  all(): readonly StoredEvent[] {
    return this.log;
  }

  onAppended(listener: (event: StoredEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Like the server: a repeat of the same ids at the same expected revision succeeds without writing. */
  private idempotentRepeat(existing: StoredEvent[], expected: ExpectedState, events: ProposedEvent[]): AppendOutcome | undefined {
    if (events.length === 0) return undefined;
    const from = expected.kind === 'no_stream' ? 0 : expected.kind === 'revision' ? Number(expected.revision) + 1 : undefined;
    if (from === undefined) return undefined;
    const written = existing.slice(from, from + events.length);
    if (written.length !== events.length || written.some((event, i) => event.id !== events[i].id)) return undefined;
    const last = written[written.length - 1];
    return { ok: true, revision: last.revision, position: last.position };
  }

  private write(stream: string, events: ProposedEvent[]): StoredEvent {
    const existing = this.streams.get(stream) ?? [];
    this.streams.set(stream, existing);
    const stored = events.map((event) => {
      const record: StoredEvent = { ...event, stream, revision: BigInt(existing.length), position: this.nextPosition, createdMs: Date.now() };
      // Positions are byte-offset-like: increasing, not dense.
      this.nextPosition += BigInt(64 + event.data.length + event.customMetadata.length);
      existing.push(record);
      this.log.push(record);
      return record;
    });
    for (const record of stored) for (const listener of this.listeners) listener(record);
    return stored[stored.length - 1];
  }
}

function satisfies(expected: ExpectedState, current: bigint | undefined): boolean {
  switch (expected.kind) {
    case 'any':
      return true;
    case 'no_stream':
      return current === undefined;
    case 'stream_exists':
      return current !== undefined;
    case 'revision':
      return current === expected.revision;
  }
}
