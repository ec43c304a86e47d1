// A report broken down for reading: one column of scores per group of pages (a PDF run's
// arrangements), and one line per page, to find the pages that went wrong.
import type { GroupReport } from "./corpus-run.js";
import { emptyScores, type Metric, metrics } from "./scores.js";
import type { EvalReport } from "./types.js";

const NAME_WIDTH = 22;

function cell(m: Metric | undefined): string {
  if (m === undefined || m.score === null) return "n/a";
  return m.unit === "count" ? String(m.score) : m.score.toFixed(3);
}

/** Every metric (rows) per group (columns), each column headed by its name and page count. */
export function formatGroupTable(groups: readonly GroupReport[]): string[] {
  const heads = groups.map((g) => `${g.name} (${g.report.pages.length})`);
  const width = Math.max(8, ...heads.map((h) => h.length + 2));
  const byGroup = groups.map((g) => new Map(metrics(g.report.totals).map((m) => [m.name, m])));
  const names = metrics(groups[0]?.report.totals ?? emptyScores()).map((m) => m.name);
  return [
    `${"metric".padEnd(NAME_WIDTH)}${heads.map((h) => h.padStart(width)).join("")}`,
    ...names.map(
      (name) => `${name.padEnd(NAME_WIDTH)}${byGroup.map((m) => cell(m.get(name)).padStart(width)).join("")}`,
    ),
  ];
}

/** The per-page columns: the gated scores a page can miss. */
const PAGE_METRICS = ["articles.f1", "title", "kicker", "subtitle", "body.dice", "jumps.recall"] as const;

/** A column naming each page's group: its head (arrangement) and the name of a page's group. */
export interface PageGroup {
  head: string;
  of: (file: string) => string | undefined;
}

/**
 * One line per page: file, group (when given), articles matched/gold/predicted, the PAGE_METRICS,
 * and "perfect" when it is.
 */
export function formatPageTable(report: EvalReport, group?: PageGroup): string[] {
  const fileWidth = Math.max(4, ...report.pages.map((p) => p.file.length)) + 2;
  const groups = report.pages.map((p) => group?.of(p.file) ?? "");
  const groupWidth =
    group === undefined ? 0 : Math.max(group.head.length, ...groups.map((g) => g.length)) + 2;
  const columns = [...PAGE_METRICS].map((name) => name.replace(/^articles\./u, "").padStart(13));
  const lines = [
    `${"page".padEnd(fileWidth)}${(group?.head ?? "").padEnd(groupWidth)}${"m/g/p".padStart(9)}${columns.join("")}  page`,
  ];
  report.pages.forEach((page, i) => {
    const a = page.scores.articles;
    const byName = new Map(metrics(page.scores).map((m) => [m.name, m]));
    const scores = PAGE_METRICS.map((name) => cell(byName.get(name)).padStart(13)).join("");
    const status = !page.predicted ? "no prediction" : page.perfect ? "perfect" : "";
    lines.push(
      `${page.file.padEnd(fileWidth)}${(groups[i] ?? "").padEnd(groupWidth)}${`${a.matched}/${a.gold}/${a.predicted}`.padStart(9)}${scores}  ${status}`.trimEnd(),
    );
  });
  return lines;
}
