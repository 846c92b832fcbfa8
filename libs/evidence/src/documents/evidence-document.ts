/**
 * A document as every event that cites it records it (FollowUpSubmitted, ObligationFulfilled):
 * the same shape whether it was uploaded on its own or sent inline, so old and new events read alike.
 * Size and sha256 are measured from the bytes; storageKey is where the content-addressed store keeps them.
 */
export interface EvidenceDocument {
  documentId: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  storageKey: string;
}
