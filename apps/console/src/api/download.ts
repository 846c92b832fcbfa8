import { authHeaders } from './client';
import { ApiProblem, problemOf } from './problem';

export const CSV = 'text/csv';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Fetches a file the API answers by content negotiation (a list as CSV/XLSX, evidence, a report)
 * with the token in a header, and hands it to the browser as a download: a token never goes in a link.
 */
export async function download(path: string, accept: string, fallbackName: string): Promise<void> {
  const response = await fetch(path, { headers: { ...authHeaders(), Accept: accept } });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw new ApiProblem(problemOf(response.status, body, response.statusText));
  }
  const blob = await response.blob();
  const name = fileName(response.headers.get('Content-Disposition')) ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function fileName(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (utf8) return decodeURIComponent(utf8[1]);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1];
}

/** `/v1/follow-up/overdue?province=64` from a path and the filters on screen (empty ones left out). */
export function withQuery(path: string, query: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
