// Query latency for the search benchmark: each class of queries through SearchIndex.search (total, facets,
// 20 ranked hits with snippets) and through a bare FTS5 MATCH of the same bigram phrases (20 by rank, no
// count, no facets, no snippets), both per query in alternating order, after an untimed warm-up pass.
import type { Database } from "better-sqlite3";
import { parseQuery, positiveTerms, type SearchIndex, termLength } from "../search/index.js";
import { bigramText, ftsString } from "../search/tokens.js";
import { cutWords, segmenter } from "../search/words.js";
import type { Source } from "./search-corpus.js";
import { makeQueries, QUERY_CLASSES, type QueryClass } from "./search-queries.js";
import { percentile } from "./stats.js";
import { fixed, formatTable } from "./table.js";

const TARGET_P95_MS = 50;

/** The plainest FTS5 query for the same text: every positive term's bigram phrase, ANDed. */
function bareMatch(q: string): string | null {
  const phrases = positiveTerms(parseQuery(q))
    .filter((t) => termLength(t) >= 2)
    .map((t) => `{h b a} : ${ftsString(bigramText(t))}`);
  return phrases.length === 0 ? null : phrases.join(" AND ");
}

interface ClassTiming {
  kind: QueryClass;
  full: number[];
  /** Process CPU time of each full search: what a busy, shared machine sways least. */
  cpu: number[];
  bare: number[];
  totals: number[];
}

function timeClass(
  db: Database,
  index: SearchIndex,
  kind: QueryClass,
  queries: readonly string[],
): ClassTiming {
  const bare = db.prepare("SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 20");
  const timing: ClassTiming = { kind, full: [], cpu: [], bare: [], totals: [] };
  for (const pass of ["warm-up", "timed"]) {
    queries.forEach((q, i) => {
      const match = bareMatch(q);
      // Whichever runs first for a query pays for touching its pages: alternate, so neither side always does.
      const bareFirst = i % 2 === 1;
      const timeBare = (): number => {
        const t0 = performance.now();
        if (match !== null) bare.all(match);
        return performance.now() - t0;
      };
      const bareBefore = bareFirst ? timeBare() : 0;
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const result = index.search({ q, limit: 20 });
      const fullMs = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      const bareMs = bareFirst ? bareBefore : timeBare();
      if (pass === "timed") {
        timing.full.push(fullMs);
        timing.cpu.push((cpu.user + cpu.system) / 1000);
        timing.bare.push(bareMs);
        timing.totals.push(result.total);
      }
    });
  }
  return timing;
}

function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

export function timeQueries(db: Database, index: SearchIndex, source: Source, count: number): void {
  const jieba = segmenter();
  const rows = QUERY_CLASSES.map((kind) => {
    const queries = makeQueries(source, kind, count, (text) => cutWords(jieba, text));
    const t = timeClass(db, index, kind, queries);
    const [full, cpu, bare, totals] = [sorted(t.full), sorted(t.cpu), sorted(t.bare), sorted(t.totals)];
    const p = (values: number[], q: number) => percentile(values, q);
    return [
      kind,
      fixed(p(totals, 50), 0),
      fixed(p(totals, 95), 0),
      fixed(p(full, 50), 1),
      fixed(p(full, 95), 1),
      fixed(p(full, 99), 1),
      `${fixed(p(cpu, 50), 1)}/${fixed(p(cpu, 95), 1)}`,
      fixed(p(bare, 50), 1),
      fixed(p(bare, 95), 1),
      fixed(p(bare, 99), 1),
      fixed(p(full, 50) / p(bare, 50), 1),
      fixed(p(full, 95) / p(bare, 95), 1),
      p(full, 95) <= TARGET_P95_MS ? "met" : "NOT met",
    ];
  });
  console.log(
    formatTable(
      [
        "class",
        "hits p50",
        "hits p95",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "CPU p50/p95",
        "bare p50",
        "bare p95",
        "bare p99",
      ].concat(["× p50", "× p95", `p95 ≤ ${TARGET_P95_MS} ms`]),
      rows,
    ),
  );
  console.log(
    "\nfull: SearchIndex.search, limit 20 (total, facets, ranked hits, snippets); bare: SELECT rowid … MATCH " +
      "the bigram phrases ORDER BY rank LIMIT 20; × = full / bare; CPU: process CPU ms of the full search",
  );
}
