/** The audit page for a record, as a deep link (/audit?stream=… or /audit?provider=…). */
export function auditPath(target: { stream?: string; provider?: string }): string {
  const params = new URLSearchParams();
  if (target.stream) params.set('stream', target.stream);
  if (target.provider) params.set('provider', target.provider);
  return `/audit?${params.toString()}`;
}
