// Jump-link precision and recall on the dev corpus renderings: all pages rendered in every layout, grouped
// into issues by date, parsed, linked, scored against the corpus's own pairing of starts and continuations.
// Floors are pinned here; raising one is a commit, lowering one needs a stated reason.
import { beforeAll, describe, expect, it } from "vitest";
import {
  type CorpusPage,
  corpusPath,
  LAYOUTS,
  type Layout,
  loadCorpus,
  renderCorpus,
} from "../corpus/index.js";
import { parseText } from "../pipeline.js";
import { type JumpLinkScore, type ScoredPage, scoreJumpLinks } from "./evaluate.js";
import { linkIssue } from "./link-issue.js";

// Measured (seed 1, parser of this commit): precision 1.000 in every layout; recall given the parse 1.000
// (15, 15 and 13 linkable pairs); end-to-end recall 15/15 blocks, 15/15 indented, 13/15 wrapped: the parser
// splits or loses the other parts, which its own quality gate (jumps.recall) answers for. Seeds 2 and 3
// measured the same precision and conditional recall. The end-to-end floor is a sanity check that
// "linkable" does not shrink to nothing; the linker's floors are the first two.
const FLOORS = { precision: 0.97, recallGivenParse: 0.97, recall: 0.7, linkable: 10 } as const;
const SEED = 1;

const CORPUS = corpusPath();

it.runIf(CORPUS === null && Boolean(process.env.CI))("finds the dev corpus (CI must have it)", () => {
  expect.fail("CI is set but the dev corpus is missing: put it in ../shared/corpus/ or set BANMIAN_CORPUS");
});

function scoreLayout(pages: readonly CorpusPage[], layout: Layout): JumpLinkScore {
  const renderings = renderCorpus(pages, layout, SEED);
  const byDate = new Map<string, ScoredPage[]>();
  renderings.forEach((r, i) => {
    const corpus = pages[i];
    if (corpus === undefined) return;
    const parsed = parseText(r.text, { file: r.file });
    const ids = parsed.articles.map((_, k) => `p${corpus.page}-a${k + 1}`);
    byDate.set(corpus.date, [
      ...(byDate.get(corpus.date) ?? []),
      { corpus, gold: r.gold.articles, parsed, ids },
    ]);
  });
  const total: JumpLinkScore = {
    gold: 0,
    linkable: 0,
    predicted: 0,
    correct: 0,
    linkableFound: 0,
    wrong: [],
    missed: [],
  };
  for (const [date, issue] of byDate) {
    const { links } = linkIssue(
      issue.map((p) => ({
        page: p.corpus.page,
        articles: p.parsed.articles.map((article, k) => ({ id: p.ids[k] ?? "", article })),
      })),
    );
    const s = scoreJumpLinks(issue, links);
    total.gold += s.gold;
    total.linkable += s.linkable;
    total.predicted += s.predicted;
    total.correct += s.correct;
    total.linkableFound += s.linkableFound;
    total.wrong.push(...s.wrong.map((w) => `${date} ${w}`));
    total.missed.push(...s.missed.map((m) => `${date} ${m}`));
  }
  return total;
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

describe.skipIf(CORPUS === null)(
  "jump links on the dev corpus renderings (skipped when the corpus is absent, failed in CI: set BANMIAN_CORPUS or add ../shared/corpus)",
  () => {
    const scores = new Map<Layout, JumpLinkScore>();
    beforeAll(() => {
      const pages = loadCorpus(CORPUS ?? "");
      for (const layout of LAYOUTS) scores.set(layout, scoreLayout(pages, layout));
      const lines = [`jump links, ${pages.length} corpus pages per layout, seed ${SEED}`];
      lines.push("layout      gold  linkable  predicted  correct  precision  recall|parse  recall");
      for (const [layout, s] of scores)
        lines.push(
          `${layout.padEnd(10)}${String(s.gold).padStart(6)}${String(s.linkable).padStart(10)}${String(s.predicted).padStart(11)}` +
            `${String(s.correct).padStart(9)}${ratio(s.correct, s.predicted).toFixed(3).padStart(11)}` +
            `${ratio(s.linkableFound, s.linkable).toFixed(3).padStart(14)}${ratio(s.correct, s.gold).toFixed(3).padStart(8)}`,
        );
      for (const [layout, s] of scores) for (const w of s.wrong) lines.push(`  ${layout} wrong: ${w}`);
      console.log(lines.join("\n"));
    });

    for (const layout of LAYOUTS) {
      it(`${layout}: precision, recall given the parse and end-to-end recall hold their floors`, () => {
        const s = scores.get(layout);
        if (s === undefined) throw new Error(`no score for ${layout}`);
        expect(s.gold).toBeGreaterThan(0);
        expect(s.linkable).toBeGreaterThanOrEqual(FLOORS.linkable);
        expect(ratio(s.correct, s.predicted), s.wrong.join("\n")).toBeGreaterThanOrEqual(FLOORS.precision);
        expect(ratio(s.linkableFound, s.linkable), s.missed.join("\n")).toBeGreaterThanOrEqual(
          FLOORS.recallGivenParse,
        );
        expect(ratio(s.correct, s.gold), s.missed.join("\n")).toBeGreaterThanOrEqual(FLOORS.recall);
      });
    }
  },
);
