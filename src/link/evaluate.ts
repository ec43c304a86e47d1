// Jump-link precision and recall on the dev corpus renderings: gold pairs come from the corpus (a story
// listed on its start and continuation pages), gold articles are matched to parsed ones by body similarity.
import type { CorpusPage } from "../corpus/index.js";
import { matchArticles, prepare } from "../eval/match.js";
import type { GoldArticle } from "../eval/types.js";
import type { Page } from "../model/index.js";
import type { Link } from "./types.js";

/** One page of an issue as rendered (gold), parsed, and as the corpus lists it. */
export interface ScoredPage {
  corpus: CorpusPage;
  gold: readonly GoldArticle[];
  parsed: Page;
  /** Link ids of the parsed articles, in order. */
  ids: readonly string[];
}

export interface JumpLinkScore {
  /** Gold pairs: a start on page P continuing on N and its continuation on N from P. */
  gold: number;
  /** Gold pairs whose two parts the parser found with their jump lines read (continuesOn, continuedFrom). */
  linkable: number;
  predicted: number;
  correct: number;
  /** Correct links among linkable pairs: the linker's recall given the parse. */
  linkableFound: number;
  wrong: string[];
  missed: string[];
}

/** Scores the jump links of one issue. */
export function scoreJumpLinks(pages: readonly ScoredPage[], links: readonly Link[]): JumpLinkScore {
  // Where each parsed article's gold twin is: link id → "page:gold index".
  const goldOf = new Map<string, string>();
  const parsedOf = new Map<
    string,
    { id: string; continuesOn: number | null; continuedFrom: number | null }
  >();
  for (const p of pages) {
    const matching = matchArticles(p.gold.map(prepare), p.parsed.articles.map(prepare));
    for (const pair of matching.pairs) {
      const id = p.ids[pair.pred];
      const a = p.parsed.articles[pair.pred];
      if (id === undefined || a === undefined) continue;
      const at = `${p.corpus.page}:${pair.gold}`;
      goldOf.set(id, at);
      parsedOf.set(at, { id, continuesOn: a.continuesOn, continuedFrom: a.continuedFrom });
    }
  }
  const pairs = goldPairs(pages.map((p) => p.corpus));
  const goldSet = new Set(pairs.map(([a, b]) => `${a}>${b}`));
  const score: JumpLinkScore = {
    gold: pairs.length,
    linkable: 0,
    predicted: 0,
    correct: 0,
    linkableFound: 0,
    wrong: [],
    missed: [],
  };
  const found = new Set<string>();
  for (const link of links) {
    if (link.kind !== "jump") continue;
    score.predicted++;
    const key = `${goldOf.get(link.from) ?? "?"}>${goldOf.get(link.to) ?? "?"}`;
    if (goldSet.has(key)) {
      score.correct++;
      found.add(key);
    } else score.wrong.push(`${link.from} → ${link.to} (${link.confidence})`);
  }
  for (const [from, to] of pairs) {
    const head = parsedOf.get(from);
    const tail = parsedOf.get(to);
    const [fromPage, toPage] = [Number(from.split(":")[0]), Number(to.split(":")[0])];
    const linkable = head?.continuesOn === toPage && tail?.continuedFrom === fromPage;
    if (linkable) score.linkable++;
    if (found.has(`${from}>${to}`)) {
      if (linkable) score.linkableFound++;
    } else
      score.missed.push(
        `${from} → ${to}${linkable ? "" : " (not linkable: the parse lost a part or its jump line)"}`,
      );
  }
  return score;
}

/** Gold pairs as "page:index" of start and continuation, from the corpus's listing of each story. */
export function goldPairs(pages: readonly CorpusPage[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const p of pages)
    p.articles.forEach((a, i) => {
      const to = a.alsoListedOnPages[0];
      if (a.jumpRole !== "start" || to === undefined) return;
      const target = pages.find((q) => q.page === to);
      const j =
        target?.articles.findIndex(
          (b) =>
            b.jumpRole === "continuation" &&
            b.alsoListedOnPages[0] === p.page &&
            b.title === a.title &&
            b.body === a.body,
        ) ?? -1;
      if (j >= 0) pairs.push([`${p.page}:${i}`, `${to}:${j}`]);
    });
  return pairs;
}
