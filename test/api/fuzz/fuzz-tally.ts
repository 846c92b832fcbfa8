import type { Violation } from './fuzz-oracle';
import type { FuzzRequest } from './fuzz-request.arbitraries';

/** Counts for the end-of-run summary: requests, statuses per fuzzed part, violations per rule. */
export class FuzzTally {
  private readonly statuses = new Map<string, Map<number, number>>();
  private readonly rules = new Map<string, number>();
  private readonly unsendable = new Map<string, number>();
  private readonly accepted: string[] = [];
  requests = 0;

  record(part: string, status: number, request?: FuzzRequest): void {
    this.requests++;
    // Malformed input the API took (2xx): not a violation by itself, but worth a look.
    if (status < 300 && request && this.accepted.length < 16) this.accepted.push(`${status} ${request.method} ${request.url.slice(0, 80)} ${request.mutation}`);
    const counts = this.statuses.get(part) ?? new Map<number, number>();
    counts.set(status, (counts.get(status) ?? 0) + 1);
    this.statuses.set(part, counts);
  }

  /** A request the HTTP layer itself cannot carry (e.g. a header value outside latin1). */
  skipped(reason: string): void {
    this.unsendable.set(reason, (this.unsendable.get(reason) ?? 0) + 1);
  }

  violated(violations: Violation[]): void {
    for (const v of violations) this.rules.set(v.rule, (this.rules.get(v.rule) ?? 0) + 1);
  }

  summary(): string {
    const line = (counts: Map<number | string, number>) =>
      [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `${k}×${n}`).join(' ');
    return [
      `OpenAPI fuzz: ${this.requests} requests`,
      ...[...this.statuses.entries()].map(([part, counts]) => `  ${part}: ${line(counts)}`),
      `  violations: ${this.rules.size ? line(this.rules) : 'none'}`,
      ...(this.unsendable.size ? [`  not sendable: ${line(this.unsendable)}`] : []),
      ...(this.accepted.length ? ['  accepted despite a malformed part (first few):', ...this.accepted.map((a) => `    ${a}`)] : []),
    ].join('\n');
  }
}

/**
 * One line per kind of failure (rule, status, and the error code or first words of the answer),
 * naming how many requests and which operations hit it, with one request as an example.
 */
export function violationLines(violations: Violation[]): string[] {
  const kinds = new Map<string, { count: number; operations: Set<string>; example: Violation }>();
  for (const v of violations) {
    const key = `${v.rule} → ${v.status} ${kindOf(v)}`;
    const kind = kinds.get(key) ?? { count: 0, operations: new Set<string>(), example: v };
    kind.count++;
    kind.operations.add(v.operation);
    kinds.set(key, kind);
  }
  return [...kinds.entries()]
    .map(([key, { count, operations, example }]) => {
      const ops = [...operations].sort();
      const where = ops.length > 4 ? `${ops.slice(0, 4).join(', ')} and ${ops.length - 4} more` : ops.join(', ');
      return `${key} ×${count} on ${where}; e.g. ${example.request.method} ${shorten(example.request.url)} as ${example.request.caller}, ${example.request.mutation}: ${example.detail}`;
    })
    .sort();
}

/** What distinguishes one failure from another: the problem's `code` when the body has one. */
function kindOf(v: Violation): string {
  const code = /"code":"([^"]+)"/.exec(v.detail)?.[1];
  if (code) return code;
  if (v.rule === 'nothing stored on refusal') return `${v.request.mutation.split(' ')[0]}`;
  return v.detail.slice(0, 50);
}

const shorten = (url: string) => (url.length > 100 ? `${url.slice(0, 80)}…(${url.length} chars)` : url);
