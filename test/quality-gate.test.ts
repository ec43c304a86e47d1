// Quality gate: the parser's scores on the dev corpus, per layout and rendering seed, may not drop below
// the floors pinned in quality-floors.json, nor may jumps.false rise above its ceiling. Floors only go up.
// The corpus is read at run time (never copied here); CI must have it, a developer machine may not.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type CorpusPage, corpusPath, LAYOUTS, type Layout, loadCorpus } from "../src/corpus/index.js";
import {
  type CorpusRun,
  evaluate,
  failedGates,
  type Gate,
  METRIC_NAMES,
  metrics,
  parsePageFile,
  readGoldPages,
  scoreLayout,
} from "../src/eval/index.js";
import { parseText } from "../src/pipeline.js";

/** The gated metrics, in table order; jumps.false is a ceiling (a count, the target is 0), the rest floors. */
const GATED = [
  "articles.f1",
  "title",
  "kicker",
  "subtitle",
  "body.dice",
  "jumps.recall",
  "jumps.precision",
  "jumps.false",
  "duplicates.recall",
  "duplicates.precision",
] as const;
type GatedMetric = (typeof GATED)[number];
const CEILINGS: ReadonlySet<GatedMetric> = new Set(["jumps.false"]);
const SEEDS = [1, 2] as const;

type Floors = Record<Layout, Record<GatedMetric, number>>;

/** Reads quality-floors.json, failing with the place of a missing or non-numeric entry. */
function readFloors(): Floors {
  const raw: unknown = JSON.parse(readFileSync(join(import.meta.dirname, "quality-floors.json"), "utf8"));
  const fail = (why: string): never => {
    throw new Error(`test/quality-floors.json: ${why}`);
  };
  if (typeof raw !== "object" || raw === null) return fail("not an object");
  const file = raw as Record<string, unknown>;
  if (typeof file._how !== "string") fail('"_how" must say how floors change');
  const floors: Partial<Floors> = {};
  for (const layout of LAYOUTS) {
    const entry = file[layout];
    if (typeof entry !== "object" || entry === null) return fail(`no floors for layout ${layout}`);
    const byMetric = entry as Record<string, unknown>;
    const unknown = Object.keys(byMetric).filter((name) => !(GATED as readonly string[]).includes(name));
    if (unknown.length > 0) fail(`${layout}: not gated here: ${unknown.join(", ")}`);
    const values: Partial<Record<GatedMetric, number>> = {};
    for (const metric of GATED) {
      const value = byMetric[metric];
      if (typeof value !== "number") return fail(`${layout}.${metric} must be a number`);
      values[metric] = value;
    }
    floors[layout] = values as Record<GatedMetric, number>;
  }
  return floors as Floors;
}

function gatesFor(floors: Floors, layout: Layout): Gate[] {
  return GATED.map((metric) => ({
    metric,
    bound: CEILINGS.has(metric) ? "max" : "min",
    value: floors[layout][metric],
  }));
}

const FLOORS = readFloors();

describe("the floors file", () => {
  it("pins a number for every gated metric of every layout, each a metric the evaluator reports", () => {
    for (const metric of GATED) expect(METRIC_NAMES).toContain(metric);
    for (const layout of LAYOUTS) expect(Object.keys(FLOORS[layout]).sort()).toEqual([...GATED].sort());
  });
});

describe("sample page 聊城日报 2025-04-24 p1 through the evaluator", () => {
  it("scores perfect", () => {
    const dir = join(import.meta.dirname, "fixtures", "lcrb-2025-04-24-p01");
    const file = "lcrb-2025-04-24-p01.txt";
    const gold = parsePageFile(readFileSync(join(dir, "gold.json"), "utf8"), "gold.json");
    const goldPages = gold.ok ? readGoldPages(gold.value) : gold;
    if (!goldPages.ok) throw new Error(goldPages.error);
    const page = parseText(readFileSync(join(dir, file), "utf8"), { file });
    const report = evaluate(goldPages.value, [page]);
    const [result] = report.pages;
    expect(result).toBeDefined();
    const { perfect, missed, spurious, mismatches } = result ?? {};
    expect({ perfect, missed, spurious, mismatches }).toEqual({
      perfect: true,
      missed: [],
      spurious: [],
      mismatches: [],
    });
    expect(report.totals.jumps.falseLinks).toBe(0);
    expect(report.warnings).toEqual([]);
  });
});

const CORPUS = corpusPath();

it.runIf(CORPUS === null && Boolean(process.env.CI))("finds the dev corpus (CI must have it)", () => {
  expect.fail(
    "CI is set but the dev corpus is missing: put rmrb-2019-2020-dev.jsonl in ../shared/corpus/ " +
      "or set BANMIAN_CORPUS, so the quality gate can run",
  );
});

describe.skipIf(CORPUS === null)(
  "quality gate on the dev corpus (skipped when the corpus is absent, failed in CI: set BANMIAN_CORPUS or add ../shared/corpus)",
  () => {
    const runs = new Map<string, CorpusRun>();
    const key = (layout: Layout, seed: number) => `${layout}/${seed}`;

    beforeAll(() => {
      const pages: CorpusPage[] = loadCorpus(CORPUS ?? "");
      for (const layout of LAYOUTS)
        for (const seed of SEEDS) runs.set(key(layout, seed), scoreLayout(pages, layout, seed));
      console.log(table(pages.length));
    });

    /** The figures for CI logs: each gated metric per layout and seed, beside its floor or ceiling. */
    function table(pageCount: number): string {
      const lines = [
        `quality gate: ${pageCount} corpus pages per layout and seed`,
        `${"layout".padEnd(10)}${"metric".padEnd(22)}${SEEDS.map((s) => `seed ${s}`.padStart(8)).join("")}   pinned`,
      ];
      for (const layout of LAYOUTS) {
        const scores = SEEDS.map((seed) => {
          const run = runs.get(key(layout, seed));
          return new Map(run ? metrics(run.report.totals).map((m) => [m.name, m.score]) : []);
        });
        for (const metric of GATED) {
          const cells = scores.map((byName) => {
            const score = byName.get(metric) ?? null;
            const cell = score === null ? "n/a" : CEILINGS.has(metric) ? String(score) : score.toFixed(3);
            return cell.padStart(8);
          });
          const bound = `${CEILINGS.has(metric) ? "≤" : "≥"} ${FLOORS[layout][metric]}`;
          lines.push(`${layout.padEnd(10)}${metric.padEnd(22)}${cells.join("")}   ${bound}`);
        }
      }
      return lines.join("\n");
    }

    for (const layout of LAYOUTS) {
      for (const seed of SEEDS) {
        it(`${layout}, seed ${seed}: no score below its floor, jumps.false not above its ceiling`, () => {
          const run = runs.get(key(layout, seed));
          if (run === undefined) throw new Error(`no run for ${key(layout, seed)}`);
          expect(failedGates(run.report.totals, gatesFor(FLOORS, layout))).toEqual([]);
        });
      }
    }
  },
);
