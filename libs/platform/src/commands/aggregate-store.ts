import { Inject, Injectable } from '@nestjs/common';
import { Decider, DomainCommand, DomainEvent } from '@app/kernel';
import {
  ConcurrencyError,
  DuplicateEventId,
  EVENT_STORE,
  EventStore,
  NewEvent,
  RecordedEvent,
  StreamNotFound,
  UpcasterRegistry,
  eventIdFor,
} from '@app/event-store';
import { CommandMeta, CommandResult } from './command-meta';
import { FoldedStates } from './folded-states';
import { assertSameRequest, idempotencyKeyReused } from './idempotency-key-reused';

export interface Loaded<S> {
  state: S;
  /** Revision of the last event folded; null when the stream does not exist (yet, or as of asOf). */
  revision: number | null;
  events: RecordedEvent[];
}

type Evolver<S, E extends DomainEvent> = Pick<Decider<S, never, E>, 'initialState' | 'evolve'>;

/**
 * Where to cut a stream's history, on either time axis or both. `recordedBy` (asOf): only what the
 * store had accepted by then — what the system knew. `occurredBy` (validAt): only events whose
 * business time (`metadata.occurredAt`) is at or before it, as known now. Both: known then AND held then.
 */
export interface HistoryCut {
  recordedBy?: Date;
  occurredBy?: Date;
}

const cutOf = (at: Date | HistoryCut | undefined): HistoryCut => (at instanceof Date ? { recordedBy: at } : at ?? {});

const MAX_ATTEMPTS = 4;

/**
 * Loads an aggregate by folding its stream and runs a decider against it:
 * read → authorize → (idempotency check) → If-Match → decide → append with the revision read
 * → retry on conflict. Scope comes first, so a caller outside it learns nothing from a replay
 * or a 412.
 */
@Injectable()
export class AggregateStore {
  private readonly folded = new FoldedStates();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly upcasters: UpcasterRegistry,
  ) {}

  /**
   * The aggregate's current state, as `load` would fold it, without its events: only the events
   * appended since this process last folded the stream are read (FoldedStates). For streams that
   * other commands read on every call and that grow slowly, such as a provider's registration.
   * The state is frozen: it is shared with the next caller.
   */
  async current<S, E extends DomainEvent>(stream: string, decider: Evolver<S, E>): Promise<{ state: S; revision: number | null }> {
    const kept = this.folded.get<S>(decider, stream);
    const events = (await this.readOrEmpty(stream, kept ? kept.revision + 1 : 0)).map((e) => this.upcasters.upcast(e));
    const state = foldOnto(kept ? kept.state : decider.initialState(), events, decider);
    if (events.length === 0) return { state, revision: kept?.revision ?? null };
    const revision = events[events.length - 1].revision;
    this.folded.keep(decider, stream, { state, revision });
    return { state, revision };
  }

  /**
   * The aggregate's state, optionally cut: a Date means recorded up to it (inclusive); a HistoryCut
   * may cut on business time too. Events stay in log order either way: a fact recorded late with an
   * earlier business date is folded where it was appended, as the deciders saw it.
   */
  async load<S, E extends DomainEvent>(stream: string, decider: Evolver<S, E>, at?: Date | HistoryCut): Promise<Loaded<S>> {
    const { recordedBy, occurredBy } = cutOf(at);
    let events = (await this.readOrEmpty(stream)).map((e) => this.upcasters.upcast(e));
    if (recordedBy) events = events.filter((e) => Date.parse(e.metadata.recordedAt) <= recordedBy.getTime());
    if (occurredBy) events = occurredByCut(events, occurredBy);
    const state = foldOnto(decider.initialState(), events, decider);
    const last = events[events.length - 1];
    return { state, revision: last ? last.revision : null, events };
  }

  async execute<S, C extends DomainCommand, E extends DomainEvent>(input: {
    stream: string;
    id: string;
    decider: Decider<S, C, E>;
    command: C;
    meta: CommandMeta;
    /**
     * The stream is named after the command id: only an earlier execution of this very command
     * can have written to it. When the id was also minted for this request
     * (`meta.mintedCommandId`), there is nothing to read: the first attempt decides against the
     * initial state and appends with 'no_stream', so the store still refuses it if the stream exists.
     */
    streamOfCommand?: boolean;
    /**
     * Side effects the events depend on (e.g. storing the documents they cite), run only once
     * the decision stands and right before the append; again on a retry, so they must be idempotent.
     */
    beforeAppend?: () => Promise<void>;
  }): Promise<CommandResult> {
    const { stream, id, decider, command, meta } = input;
    const unseen = input.streamOfCommand === true && meta.mintedCommandId === meta.commandId;
    for (let attempt = 1; ; attempt++) {
      // A conflict (the stream existed after all) is retried with a read, like any other.
      const loaded = unseen && attempt === 1 ? nothingYet(decider) : await this.load(stream, decider);
      decider.authorize?.(command, loaded.state);
      const earlier = loaded.events.filter((e) => e.metadata.commandId === meta.commandId);
      if (earlier.length > 0) {
        assertSameRequest(earlier, meta);
        return this.result(id, stream, earlier[earlier.length - 1], true);
      }

      if (meta.expectedRevision !== undefined && meta.expectedRevision !== loaded.revision) {
        throw new ConcurrencyError(stream, meta.expectedRevision, loaded.revision ?? 'no_stream');
      }
      const decided = decider.decide(command, loaded.state);
      if (decided.length === 0) {
        const last = loaded.events[loaded.events.length - 1];
        return last
          ? this.result(id, stream, last, false)
          : { id, stream, revision: -1, position: '0', replayed: false };
      }
      await input.beforeAppend?.();
      try {
        const appended = await this.store.append(
          stream,
          decided.map((event, index) => this.toNewEvent(event, index, meta)),
          loaded.revision === null ? 'no_stream' : loaded.revision,
        );
        return { id, stream, revision: appended.nextRevision, position: appended.position.toString(), replayed: false };
      } catch (error) {
        // The key's command id is already stored elsewhere: the key was used on another resource.
        if (error instanceof DuplicateEventId && meta.requestFingerprint !== undefined) throw idempotencyKeyReused('on another resource');
        // With If-Match the client asked for exactly that revision: report, do not retry.
        const retry = error instanceof ConcurrencyError && meta.expectedRevision === undefined && attempt < MAX_ATTEMPTS;
        if (!retry) throw error;
      }
    }
  }

  private async readOrEmpty(stream: string, fromRevision = 0): Promise<RecordedEvent[]> {
    try {
      return await (fromRevision === 0 ? this.store.readStream(stream) : this.store.readStream(stream, { fromRevision }));
    } catch (error) {
      if (error instanceof StreamNotFound) return [];
      throw error;
    }
  }

  /** The stored form of a decided event, as `execute` appends it (for callers that append several commands in one commit). */
  toNewEvent(event: DomainEvent, index: number, meta: CommandMeta): NewEvent {
    return {
      id: eventIdFor(meta.commandId, index),
      type: event.type,
      data: event.data as Record<string, unknown>,
      metadata: {
        schemaVersion: this.upcasters.currentVersion(event.type),
        actor: { id: meta.actor.id, role: meta.actor.role },
        commandId: meta.commandId,
        correlationId: meta.correlationId,
        causationId: meta.causationId,
        occurredAt: (event.occurredAt ?? meta.issuedAt).toISOString(),
        ...(meta.requestFingerprint === undefined ? {} : { requestFingerprint: meta.requestFingerprint }),
      },
    };
  }

  private result(id: string, stream: string, event: RecordedEvent, replayed: boolean): CommandResult {
    return { id, stream, revision: event.revision, position: event.position.toString(), replayed };
  }
}

/** `state` with each (upcast) event evolved onto it, in order: how `load` and `current` both fold. */
function foldOnto<S, E extends DomainEvent>(state: S, events: RecordedEvent[], decider: Evolver<S, E>): S {
  let folded = state;
  for (const event of events) folded = decider.evolve(folded, { type: event.type, data: event.data } as E);
  return folded;
}

/** A stream that does not exist, as `load` would answer for it. */
function nothingYet<S, E extends DomainEvent>(decider: Evolver<S, E>): Loaded<S> {
  return { state: decider.initialState(), revision: null, events: [] };
}

/**
 * The events that had occurred by `instant`, in log order. A record whose first event (its
 * creation) had not occurred by then did not exist yet: none of its events count, even one
 * entered with an earlier business date, so evolve never sees a later fact without its subject.
 */
function occurredByCut(events: RecordedEvent[], instant: Date): RecordedEvent[] {
  const occurred = (e: RecordedEvent) => Date.parse(e.metadata.occurredAt) <= instant.getTime();
  if (events.length === 0 || !occurred(events[0])) return [];
  return events.filter(occurred);
}
