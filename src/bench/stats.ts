// Summaries of per-page timings for the benchmark: throughput and latency percentiles.
// Pure arithmetic; the timing itself happens in parse.ts.

export interface Summary {
  pages: number;
  bytes: number;
  /** Sum of the timed per-page durations, ms. */
  totalMs: number;
  pagesPerSecond: number;
  mbPerSecond: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** Nearest-rank percentile (p in 0–100) of values sorted ascending; NaN for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** One sample per page per timed pass; `bytes` is the UTF-8 input size of those samples together. */
export function summarize(durationsMs: readonly number[], bytes: number): Summary {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const totalMs = sorted.reduce((sum, d) => sum + d, 0);
  const seconds = totalMs / 1000;
  return {
    pages: sorted.length,
    bytes,
    totalMs,
    pagesPerSecond: sorted.length / seconds,
    mbPerSecond: bytes / 1e6 / seconds,
    meanMs: totalMs / sorted.length,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? Number.NaN,
  };
}
