import { api, authHeaders, data } from '../../api/client';
import { ApiProblem, problemOf } from '../../api/problem';
import { session } from '../../auth/session';

/*
 * The import routes document their answers in words (no schema in the OpenAPI document); these
 * are the API's shapes (libs/imports/src: ImportReport, RowProblem, ImportAccepted, ImportJobStatus).
 */
export const IMPORT_KINDS = ['entities', 'units', 'assessments', 'recommendations', 'contacts'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface RowProblem {
  sheet: string;
  /** As the spreadsheet shows it: the header is row 1. */
  row: number;
  column: string;
  message: string;
  allowed?: unknown;
  code: string;
  status: number;
}

export interface ImportReport {
  kind: string;
  rowsTotal: number;
  rowsInvalid: number;
  toWrite: number;
  alreadyImported: number;
  rows: RowProblem[];
  moreProblems: number;
}

export interface ImportAccepted {
  importId: string;
  statusUrl: string;
  rowsTotal: number;
  toWrite: number;
  alreadyImported: number;
}

export interface ImportJobStatus {
  importId: string;
  kind: string;
  status: 'writing' | 'done' | 'failed' | 'interrupted';
  rowsDone: number;
  rowsTotal: number;
  written: number;
  replayed: number;
  errors: RowProblem[];
  lastPosition: string | null;
  startedAt: string;
  finishedAt: string | null;
}

/** The upload goes as multipart with the token in a header, as the file download does; openapi-fetch does not build multipart bodies. */
async function upload<T>(kind: ImportKind, file: File, dryRun: boolean): Promise<T> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await fetch(`/v1/imports/${encodeURIComponent(kind)}${dryRun ? '?dryRun=true' : ''}`, { method: 'POST', body, headers: authHeaders() });
  if (response.status === 401) session.expired();
  const answer: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new ApiProblem(problemOf(response.status, answer, response.statusText));
  return answer as T;
}

export const dryRun = (kind: ImportKind, file: File) => upload<ImportReport>(kind, file, true);
export const commitImport = (kind: ImportKind, file: File) => upload<ImportAccepted>(kind, file, false);

export async function importStatus(importId: string): Promise<ImportJobStatus> {
  const answer: unknown = await data(api.GET('/v1/imports/{importId}', { params: { path: { importId } } }));
  return answer as ImportJobStatus;
}

/** A refused commit (422 ImportRowsInvalid) carries the same report as a dry run. */
export function reportOf(error: unknown): ImportReport | null {
  if (!(error instanceof ApiProblem)) return null;
  const problem = error.problem as unknown as Partial<ImportReport>;
  return Array.isArray(problem.rows) && typeof problem.rowsTotal === 'number' ? (problem as ImportReport) : null;
}
