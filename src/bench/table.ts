// Plain-text tables for the benchmark's report: right-aligned figures under left-aligned headers.

export type Cell = string | number;

/** Fixed decimals for figures; whole numbers of 1,000 and more get no decimals. */
export function fixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return "–";
  return Math.abs(value) >= 1000 ? Math.round(value).toString() : value.toFixed(decimals);
}

export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

/** Columns as wide as their widest cell; the first column left-aligned, the rest right-aligned unless `left`
 * names them (columns of words rather than figures). */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  left: readonly number[] = [0],
): string {
  const all = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? "").length)));
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => (left.includes(c) ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(header), rule, ...all.slice(1).map(line)].join("\n");
}
