/** Small, dependency-free statistics for benchmark reports. */
export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)];
}

export const fmt = (n: number, digits = 1): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Runs `task(i)` for i in [0, total) with at most `concurrency` in flight; returns per-task latencies in ms. */
export async function runConcurrently(total: number, concurrency: number, task: (i: number) => Promise<void>): Promise<number[]> {
  const latencies: number[] = new Array(total);
  let next = 0;
  const lane = async () => {
    while (next < total) {
      const i = next++;
      const started = process.hrtime.bigint();
      await task(i);
      latencies[i] = Number(process.hrtime.bigint() - started) / 1e6;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return latencies;
}
