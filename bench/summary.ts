/**
 * One line per benchmark figure that `npm run bench` (bench/run-all.ts) collects into its
 * summary table. Each bench prints its own report as before and, at the end, calls
 * `reportSummary` once with the figures that matter: the measured value, the raw baseline it
 * was measured against in the same run, their ratio, and the target the ratio must meet.
 */
export interface SummaryRow {
  /** What was measured, e.g. "HTTP command path, c16". */
  figure: string;
  value: number;
  unit: string;
  /** The raw baseline measured in the same run (absent for figures without one, e.g. a latency). */
  baseline?: { label: string; value: number; unit: string };
  /** value / baseline.value, or whatever ratio the figure is judged by (lower is better for latencies). */
  ratio?: number;
  /** The target in words, e.g. "≥ 0.5" or "p99 ≤ 25 ms"; met says whether this run meets it. */
  target?: string;
  met?: boolean;
}

export const SUMMARY_MARK = 'BENCH-SUMMARY ';

/** Prints the figures of `bench` as one machine-readable line (after its human-readable report). */
export function reportSummary(bench: string, rows: SummaryRow[]): void {
  console.log(`${SUMMARY_MARK}${JSON.stringify({ bench, rows })}`);
}
