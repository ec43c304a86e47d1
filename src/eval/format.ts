// A report as text (a fixed-width table, per-page details on request) or as JSON for tools and CI.
import { type Metric, metrics } from "./scores.js";
import type { EvalReport, PageReport } from "./types.js";

export type ReportFormat = "text" | "json";

export interface FormatOptions {
  /** Include every page's scores, unmatched articles and mismatches. */
  details?: boolean;
}

export function formatReport(report: EvalReport, format: ReportFormat, options: FormatOptions = {}): string {
  return format === "json" ? formatJson(report, options) : formatText(report, options);
}

/** The JSON shape of a report: the metric table first, pages only on --details. */
export function reportJson(report: EvalReport, options: FormatOptions = {}): object {
  const { pages, ...rest } = report;
  return { metrics: metrics(report.totals), ...rest, ...(options.details ? { pages } : {}) };
}

function formatJson(report: EvalReport, options: FormatOptions): string {
  return `${JSON.stringify(reportJson(report, options), null, 2)}\n`;
}

const NAME_WIDTH = 22;
const COUNT_WIDTH = 15;
const SCORE_WIDTH = 8;

function scoreCell(m: Metric): string {
  if (m.score === null) return "n/a";
  return m.unit === "count" ? String(m.score) : m.score.toFixed(3);
}

function countCell(m: Metric): string {
  if (m.correct !== undefined && m.total !== undefined) return `${m.correct}/${m.total}`;
  return m.total === undefined ? "" : `n=${m.total}`;
}

export function formatTable(rows: Metric[]): string[] {
  const line = (name: string, count: string, score: string): string =>
    `${name.padEnd(NAME_WIDTH)}${count.padStart(COUNT_WIDTH)}${score.padStart(SCORE_WIDTH)}`.trimEnd();
  return [
    line("metric", "correct/total", "score"),
    ...rows.map((m) => line(m.name, countCell(m), scoreCell(m))),
  ];
}

function formatPage(page: PageReport): string[] {
  const a = page.scores.articles;
  const status = page.predicted ? (page.perfect ? "perfect" : "imperfect") : "no prediction";
  const lines = [
    `page ${page.file}: ${a.matched}/${a.gold} articles matched, ${a.predicted} predicted, ${status}`,
  ];
  for (const title of page.missed) lines.push(`  missed    ${title}`);
  for (const title of page.spurious) lines.push(`  spurious  ${title}`);
  for (const m of page.mismatches) lines.push(`  ${m.field} · ${m.article}: gold ${m.gold} | pred ${m.pred}`);
  if (page.omitted > 0) lines.push(`  … ${page.omitted} more mismatches`);
  return lines;
}

function formatText(report: EvalReport, options: FormatOptions): string {
  const { perfect } = report.totals;
  const missing = report.pages.filter((p) => !p.predicted).length;
  const lines = [
    `gold pages: ${perfect.total} (${missing} without prediction); predicted pages ignored: ${report.ignored.length}`,
    "",
    ...formatTable(metrics(report.totals)),
  ];
  if (options.details) {
    for (const page of report.pages) lines.push("", ...formatPage(page));
  }
  if (report.warnings.length > 0) {
    lines.push("", "warnings:", ...report.warnings.map((w) => `  ${w}`));
  }
  return `${lines.join("\n")}\n`;
}
