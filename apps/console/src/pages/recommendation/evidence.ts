import { authHeaders } from '../../api/client';
import { download } from '../../api/download';
import { ApiProblem, problemOf } from '../../api/problem';

export interface EvidenceFile {
  documentId: string;
  name: string;
  mediaType: string;
}

/**
 * Uploads one evidence file for a provider (multipart: entityCode first, then the file, as the API
 * requires) and returns its documentId, to cite in a follow-up or an obligation fulfilment.
 */
export async function uploadEvidence(entityCode: string, file: File): Promise<string> {
  const form = new FormData();
  form.append('entityCode', entityCode);
  form.append('file', file, file.name);
  const response = await fetch('/v1/evidence', { method: 'POST', headers: authHeaders(), body: form });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new ApiProblem(problemOf(response.status, body, response.statusText));
  return (body as { documentId: string }).documentId;
}

/** Opens (downloads) a stored evidence document with the token in a header, never in a link. */
export function downloadEvidence(document: EvidenceFile): Promise<void> {
  return download(`/v1/evidence/${encodeURIComponent(document.documentId)}`, document.mediaType, document.name);
}
