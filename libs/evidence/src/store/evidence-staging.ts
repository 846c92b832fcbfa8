import type { EventStore, RecordedEvent } from '@app/event-store';
import { EvidenceStore, StagedUpload, StoredEvidence, sha256Of, storageKeyFor } from './evidence-store.port';

/** A document ready to store: its bytes, and what the events will say about them. */
export interface StagedDocument {
  content: Buffer;
  name: string;
  mediaType: string;
}

/** What the store will answer for these bytes, known before they are stored (content addressing). */
export function storedEvidenceOf(content: Buffer): StoredEvidence {
  const sha256 = sha256Of(content);
  return { storageKey: storageKeyFor(sha256), sha256, size: content.length };
}

/** The event types that cite stored documents: `data.evidence[].storageKey`, or `data.storageKey` for an upload. */
export const EVIDENCE_CITING_EVENT_TYPES = ['ObligationFulfilled', 'FollowUpSubmitted', 'EvidenceUploaded'];

/**
 * Documents are stored only once a command's decision stands (AggregateStore's beforeAppend), and
 * collected again when its append then fails, so a refused request leaves no file behind. The store
 * is content-addressed, so a document may already belong to an earlier event: only files this
 * request created, and that no stored event cites, are removed.
 */
export class EvidenceStaging {
  private readonly created = new Set<string>();

  constructor(
    private readonly evidence: EvidenceStore,
    private readonly events: EventStore,
  ) {}

  /**
   * Runs `execute` (an AggregateStore.execute) with storing the documents as its beforeAppend,
   * and collects them again if it fails.
   */
  async storeBeforeAppend<T>(documents: StagedDocument[], execute: (beforeAppend: () => Promise<void>) => Promise<T>): Promise<T> {
    try {
      return await execute(() => this.store(documents));
    } catch (error) {
      await this.discardUncited();
      throw error;
    }
  }

  /**
   * The same for an upload received aside (EvidenceStore.stage): committed as the beforeAppend,
   * and what was received aside is removed whatever happens.
   */
  async commitBeforeAppend<T>(upload: StagedUpload, mediaType: string, execute: (beforeAppend: () => Promise<void>) => Promise<T>): Promise<T> {
    try {
      return await this.storeBeforeAppend([], (beforeAppend) =>
        execute(async () => {
          await beforeAppend();
          if (await upload.commit({ mediaType })) this.created.add(upload.storageKey);
        }),
      );
    } finally {
      await upload.discard();
    }
  }

  async store(documents: StagedDocument[]): Promise<void> {
    for (const { content, name, mediaType } of documents) {
      const { storageKey } = storedEvidenceOf(content);
      if (await this.evidence.exists(storageKey)) continue;
      await this.evidence.put(content, { name, mediaType });
      this.created.add(storageKey);
    }
  }

  /** After a failed append: removes what this request stored that no recorded event cites. */
  async discardUncited(): Promise<void> {
    if (this.created.size === 0) return;
    const cited = await this.citedAmong(this.created);
    for (const storageKey of this.created) if (!cited.has(storageKey)) await this.evidence.delete(storageKey);
    this.created.clear();
  }

  /** Scans only the citing event types, and only on this failure path. */
  private async citedAmong(keys: Set<string>): Promise<Set<string>> {
    const cited = new Set<string>();
    for await (const event of this.events.readAll({ filter: { eventTypes: EVIDENCE_CITING_EVENT_TYPES } })) {
      for (const key of citedKeys(event)) if (keys.has(key)) cited.add(key);
    }
    return cited;
  }
}

function citedKeys(event: RecordedEvent): string[] {
  if (typeof event.data.storageKey === 'string') return [event.data.storageKey];
  const evidence = event.data.evidence;
  if (!Array.isArray(evidence)) return [];
  return evidence.flatMap((document: unknown) => {
    const key = (document as { storageKey?: unknown } | null)?.storageKey;
    return typeof key === 'string' ? [key] : [];
  });
}
