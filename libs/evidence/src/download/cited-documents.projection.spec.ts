import type { RecordedEvent } from '@app/event-store';
import { citedDocumentsProjection } from './cited-documents.projection';

const event = (type: string, stream: string, data: Record<string, unknown>): RecordedEvent =>
  ({ type, stream, data, id: 'e', revision: 0, position: 1n, metadata: {} }) as unknown as RecordedEvent;

const doc = { documentId: 'd-1', name: 'sk.pdf', mediaType: 'application/pdf', size: 42, sha256: 'a'.repeat(64), storageKey: `aa/${'a'.repeat(64)}` };

describe('cited-documents read model', () => {
  it('keeps the provider of each recommendation and obligation stream', () => {
    expect(citedDocumentsProjection.apply(event('RecommendationIssued', 'recommendation-r1', { entityCode: '64.09', provinceCode: '64' }))).toEqual([
      { kind: 'hset', key: 'owner:recommendation-r1', fields: { entityCode: '64.09', provinceCode: '64' } },
    ]);
    expect(citedDocumentsProjection.apply(event('ObligationScheduled', 'obligation-o1', { entityCode: 'KEMENDAGRI', provinceCode: null }))).toEqual([
      { kind: 'hset', key: 'owner:obligation-o1', fields: { entityCode: 'KEMENDAGRI', provinceCode: '' } },
    ]);
  });

  it('indexes every document a follow-up or a fulfilment cites, as its event describes it, old events included', () => {
    for (const type of ['FollowUpSubmitted', 'ObligationFulfilled']) {
      expect(citedDocumentsProjection.apply(event(type, 'recommendation-r1', { evidence: [doc] }))).toEqual([
        { kind: 'hset', key: 'document:d-1', fields: { stream: 'recommendation-r1', name: 'sk.pdf', mediaType: 'application/pdf', size: '42', sha256: doc.sha256, storageKey: doc.storageKey } },
      ]);
    }
  });

  it('skips documents without an id or a storage key rather than stopping the projection', () => {
    expect(citedDocumentsProjection.apply(event('FollowUpSubmitted', 'recommendation-r1', { evidence: [{ ...doc, storageKey: undefined }, null, { name: 'x' }] }))).toEqual([]);
    expect(citedDocumentsProjection.apply(event('FollowUpSubmitted', 'recommendation-r1', {}))).toEqual([]);
  });
});
