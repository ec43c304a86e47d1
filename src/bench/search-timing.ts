// Query latency for the search benchmark: each class of queries through SearchIndex.search (total, facets,
// 20 ranked hits with snippets) and through two bare FTS5 queries of the index's own MATCH expression: the
// newest 20 candidates (no count, facets, ranking or check), and count(*) of every candidate (what an exact
// total costs FTS5 alone). Per query in alternating order, after an untimed warm-up pass over other queries of
// the same class: it warms the pages and the index's term statistics the way earlier readers would, without
// answering the timed queries beforehand.
import type { Database, Statement } from "better-sqlite3";
import { compileMatch } from "../search/compile.js";
import { parseQuery, type SearchIndex } from "../search/index.js";
import { cutWords, segmenter } from "../search/words.js";
import type { Source } from "./search-corpus.js";
import { makeQueries, QUERY_CLASSES, type QueryClass } from "./search-queries.js";
import { percentile } from "./stats.js";
import { fixed, formatTable } from "./table.js";

export const TARGET_P95_MS = 50;

/** One query class's latencies, ms, as `npm run bench` reports them against the target. */
export interface ClassFigures {
  kind: QueryClass;
  queries: number;
  p50: number;
  p95: number;
  p99: number;
  /** p95 of a bare FTS5 count(*) of the same MATCH expression: the yardstick. */
  bareCountP95: number;
}

interface ClassTiming {
  full: number[];
  /** Process CPU time of each full search: what a busy, shared machine sways least. */
  cpu: number[];
  newest: number[];
  count: number[];
  totals: number[];
  /** Searches whose total was an estimate. */
  estimated: number;
}

function timed(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

function timeClass(
  db: Database,
  index: SearchIndex,
  warmUp: readonly string[],
  queries: readonly string[],
): ClassTiming {
  const newest = db.prepare(
    "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT 20",
  );
  const count = db.prepare("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?");
  const timing: ClassTiming = { full: [], cpu: [], newest: [], count: [], totals: [], estimated: 0 };
  for (const pass of ["warm-up", "timed"]) {
    (pass === "timed" ? queries : warmUp).forEach((q, i) => {
      const match = compileMatch(parseQuery(q)).expr;
      const bare = (s: Statement) => timed(() => match !== null && s.all(match));
      // Whichever runs first for a query pays for touching its pages: alternate, so neither side always does.
      const bareFirst = i % 2 === 1;
      const before = bareFirst ? [bare(newest), bare(count)] : [];
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const result = index.search({ q, limit: 20 });
      const fullMs = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      const [newestMs, countMs] = bareFirst ? before : [bare(newest), bare(count)];
      if (pass === "timed") {
        timing.full.push(fullMs);
        timing.cpu.push((cpu.user + cpu.system) / 1000);
        timing.newest.push(newestMs as number);
        timing.count.push(countMs as number);
        timing.totals.push(result.total);
        if (result.approximate?.total) timing.estimated++;
      }
    });
  }
  return timing;
}

function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

export function timeQueries(db: Database, index: SearchIndex, source: Source, count: number): ClassFigures[] {
  const jieba = segmenter();
  const figures: ClassFigures[] = [];
  const rows = QUERY_CLASSES.map((kind: QueryClass) => {
    const cut = (text: string) => cutWords(jieba, text);
    const t = timeClass(
      db,
      index,
      makeQueries(source, kind, count, cut, 1007),
      makeQueries(source, kind, count, cut),
    );
    const [full, cpu, totals] = [sorted(t.full), sorted(t.cpu), sorted(t.totals)];
    const [newest, counted] = [sorted(t.newest), sorted(t.count)];
    const p = (values: number[], q: number) => percentile(values, q);
    figures.push({
      kind,
      queries: full.length,
      p50: p(full, 50),
      p95: p(full, 95),
      p99: p(full, 99),
      bareCountP95: p(counted, 95),
    });
    return [
      kind,
      fixed(p(totals, 50), 0),
      fixed(p(totals, 95), 0),
      `${fixed((100 * t.estimated) / t.full.length, 0)} %`,
      fixed(p(full, 50), 1),
      fixed(p(full, 95), 1),
      fixed(p(full, 99), 1),
      `${fixed(p(cpu, 50), 1)}/${fixed(p(cpu, 95), 1)}`,
      `${fixed(p(newest, 50), 1)}/${fixed(p(newest, 95), 1)}`,
      `${fixed(p(counted, 50), 1)}/${fixed(p(counted, 95), 1)}/${fixed(p(counted, 99), 1)}`,
      fixed(p(full, 95) / p(counted, 95), 2),
      p(full, 95) <= TARGET_P95_MS ? "met" : "NOT met",
    ];
  });
  console.log(
    formatTable(
      [
        "class",
        "hits p50",
        "hits p95",
        "estimated",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "CPU p50/p95",
        "bare 20 p50/p95",
        "bare count p50/p95/p99",
        "p95 × count",
        `p95 ≤ ${TARGET_P95_MS} ms`,
      ],
      rows,
    ),
  );
  console.log(
    "\nfull: SearchIndex.search, limit 20 (total, facets, ranked hits, snippets); estimated: share of searches whose " +
      "total is an estimate; bare 20: SELECT rowid … MATCH <the same expression> ORDER BY rowid DESC LIMIT 20; " +
      "bare count: SELECT count(*) … MATCH <the same expression>; CPU: process CPU ms of the full search",
  );
  return figures;
}
