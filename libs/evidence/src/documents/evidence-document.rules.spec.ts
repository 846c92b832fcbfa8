import { MAX_EVIDENCE_DOCUMENTS } from '../limits/evidence-limits';
import type { EvidenceDocument } from './evidence-document';
import { requireEvidenceDocuments } from './evidence-document.rules';

const doc = (n = 1): EvidenceDocument => ({ documentId: `doc-${n}`, name: ` sk-${n}.pdf `, mediaType: 'application/pdf', size: 10, sha256: String(n).repeat(64).slice(0, 64), storageKey: `k/${n}` });
const code = (evidence: EvidenceDocument[]) => {
  try {
    requireEvidenceDocuments(evidence);
    return 'accepted';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('what a follow-up or a fulfilment must cite (both deciders)', () => {
  it('keeps well-described documents, names trimmed', () => expect(requireEvidenceDocuments([doc(1)])[0].name).toBe('sk-1.pdf'));
  it('needs at least one and at most the limit', () => {
    expect(code([])).toBe('EvidenceRequired');
    expect(code(Array.from({ length: MAX_EVIDENCE_DOCUMENTS }, (_, i) => doc(i)))).toBe('accepted');
    expect(code(Array.from({ length: MAX_EVIDENCE_DOCUMENTS + 1 }, (_, i) => ({ ...doc(1), sha256: i.toString(16).padStart(64, '0') })))).toBe('TooManyDocuments');
  });
  it('refuses an empty, unmeasured or repeated document', () => {
    expect(code([{ ...doc(), size: 0 }])).toBe('InvalidEvidence');
    expect(code([{ ...doc(), sha256: 'ABC' }])).toBe('InvalidEvidence');
    expect(code([doc(1), { ...doc(1), documentId: 'doc-2' }])).toBe('InvalidEvidence');
  });
});
