import type { RecordedEvent } from '@app/event-store';
import { op, type Projection, type ProjectionOp } from '@app/platform/projections';

/** Name of the read model (and of its Redis namespace); never renamed lightly. */
export const CITED_DOCUMENTS_READ_MODEL = 'cited-documents';

/** Keys relative to the projection's namespace. */
export const citedDocumentKeys = {
  /** Hash: the stream that cites it, and how the event describes it (name, mediaType, size, sha256, storageKey). */
  document: (documentId: string): string => `document:${documentId}`,
  /** Hash: the provider (entityCode, provinceCode) of a recommendation or obligation stream. */
  owner: (stream: string): string => `owner:${stream}`,
};

/** The events that name a stream's provider, and those that cite documents in `data.evidence`. */
const OWNING_EVENTS = ['RecommendationIssued', 'ObligationScheduled'];
const CITING_EVENTS = ['FollowUpSubmitted', 'ObligationFulfilled'];

interface CitedEvidence {
  documentId?: unknown;
  name?: unknown;
  mediaType?: unknown;
  size?: unknown;
  sha256?: unknown;
  storageKey?: unknown;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * Documents sent inline with a follow-up or a fulfilment (and every one recorded before uploads
 * existed) have a documentId and a storageKey in their event's data but no stream of their own:
 * this index finds them for downloads. Projections cannot read, and a FollowUpSubmitted does not
 * name the provider, so the join is kept in two halves joined at query time: each document's
 * citing stream, and each stream's provider (from its first event). Uploaded documents are read
 * from their own stream instead and need no index.
 */
export const citedDocumentsProjection: Projection = {
  name: CITED_DOCUMENTS_READ_MODEL,
  version: 1,
  filter: { eventTypes: [...OWNING_EVENTS, ...CITING_EVENTS] },
  apply(event: RecordedEvent): ProjectionOp[] {
    if (OWNING_EVENTS.includes(event.type)) {
      const { entityCode, provinceCode } = event.data;
      if (!isText(entityCode)) return [];
      return [op.hset(citedDocumentKeys.owner(event.stream), { entityCode, provinceCode: isText(provinceCode) ? provinceCode : '' })];
    }
    const evidence = Array.isArray(event.data.evidence) ? (event.data.evidence as CitedEvidence[]) : [];
    return evidence.flatMap((doc) => {
      if (!doc || !isText(doc.documentId) || !isText(doc.storageKey) || !isText(doc.sha256)) return [];
      return [
        op.hset(citedDocumentKeys.document(doc.documentId), {
          stream: event.stream,
          name: isText(doc.name) ? doc.name : doc.documentId,
          mediaType: isText(doc.mediaType) ? doc.mediaType : 'application/octet-stream',
          size: String(Number.isSafeInteger(doc.size) ? doc.size : 0),
          sha256: doc.sha256,
          storageKey: doc.storageKey,
        }),
      ];
    });
  },
};
