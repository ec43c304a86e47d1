// Jump lines as two-way links: a start with continuesOn = N on page P pairs with a continuation on page N
// with continuedFrom = P, scored by headline, keywords and text continuity, solved as an assignment.
import { assign } from "./assign.js";
import { continuity } from "./continuity.js";
import { headlineEvidence } from "./headline.js";
import type { KeywordSimilarity } from "./keywords.js";
import { round } from "./round.js";
import type { JumpEvidence, Link, LinkArticle, LinkMessage, LinkPage } from "./types.js";

// Weights of the evidence in a link's confidence. The headline is the strong signal (the continuation
// reprints it); keywords are weak, as the two halves of a story tell different parts of it (measured on
// the dev corpus renderings, 3 layouts: tf-idf cosine 0.07–0.22 for halves of one story, 0.00–0.16 for
// parts of different stories that jump between the same pages). Continuity only vetoes contradictions.
const WEIGHTS = { title: 0.55, keywords: 0.35, continuity: 0.1 } as const;
/** Keyword cosine counted as full agreement: the top of the range halves of one story reach. */
const KEYWORDS_FULL = 0.25;
// Below this a pair is no link but an unmatched jump (a message). On the dev corpus renderings true pairs
// score 0.75–0.96 and every other candidate pair 0.10–0.33; the floor sits in the gap, nearer the bottom
// so that a reprinted headline with little else (0.55 + continuity) still links.
export const MIN_CONFIDENCE = 0.4;

interface Located extends LinkArticle {
  page: number;
}

export function jumpScore(head: LinkArticle, tail: LinkArticle, keywords: KeywordSimilarity) {
  const headline = headlineEvidence(head.article, tail.article);
  const kw = keywords(head.id, tail.id);
  const cont = continuity(head.article, tail.article);
  const confidence =
    WEIGHTS.title * headline.title +
    WEIGHTS.keywords * Math.min(1, kw / KEYWORDS_FULL) +
    WEIGHTS.continuity * cont;
  return { confidence, headline, keywords: kw, continuity: cont };
}

export function linkJumps(
  pages: readonly LinkPage[],
  keywords: KeywordSimilarity,
): { links: Link[]; messages: LinkMessage[] } {
  const present = new Set(pages.map((p) => p.page));
  const all: Located[] = pages.flatMap((p) => p.articles.map((a) => ({ ...a, page: p.page })));
  const links: Link[] = [];
  const messages: LinkMessage[] = [];

  // 1. Group starts and continuations by the page pair they name: (P → N).
  const groups = new Map<string, { from: number; to: number; starts: Located[]; tails: Located[] }>();
  const group = (from: number, to: number) => {
    const key = `${from}>${to}`;
    const g = groups.get(key) ?? { from, to, starts: [], tails: [] };
    groups.set(key, g);
    return g;
  };
  for (const a of all) {
    const out = a.article.continuesOn;
    const back = a.article.continuedFrom;
    if (out !== null && out !== a.page) group(a.page, out).starts.push(a);
    if (back !== null && back !== a.page) group(back, a.page).tails.push(a);
  }

  // 2. Per page pair, the best assignment; what stays unpaired is a message, never a guess.
  for (const { from, to, starts, tails } of groups.values()) {
    const scores = starts.map((s) => tails.map((t) => jumpScore(s, t, keywords)));
    const pairs = assign(
      scores.map((row) => row.map((c) => c.confidence)),
      MIN_CONFIDENCE,
    );
    const candidates = { starts: starts.length, continuations: tails.length };
    for (const [i, j] of pairs) {
      const s = starts[i];
      const t = tails[j];
      const c = scores[i]?.[j];
      if (s === undefined || t === undefined || c === undefined) continue;
      const evidence: JumpEvidence = {
        headline: c.headline.headline,
        title: round(c.headline.title),
        continuity: c.continuity,
        keywords: round(c.keywords),
        candidates,
      };
      links.push({ kind: "jump", from: s.id, to: t.id, confidence: round(c.confidence), evidence });
    }
    const paired = { starts: new Set(pairs.map((p) => p[0])), tails: new Set(pairs.map((p) => p[1])) };
    starts.forEach((s, i) => {
      if (!paired.starts.has(i)) messages.push(unmatchedStart(s, to, present.has(to), tails.length));
    });
    tails.forEach((t, j) => {
      if (!paired.tails.has(j)) messages.push(unmatchedTail(t, from, present.has(from), starts.length));
    });
  }
  return { links, messages };
}

function unmatchedStart(s: Located, to: number, present: boolean, candidates: number): LinkMessage {
  if (!present)
    return {
      level: "info",
      rule: "link/jump-target-missing",
      article: s.id,
      message: `jump to page ${to} (下转第${to}版): target page not in archive`,
    };
  return {
    level: "warning",
    rule: "link/jump-unmatched",
    article: s.id,
    message:
      candidates === 0
        ? `jump to page ${to}: page ${to} has no continuation from page ${s.page}`
        : `jump to page ${to}: none of the ${candidates} continuation(s) from page ${s.page} matches`,
  };
}

function unmatchedTail(t: Located, from: number, present: boolean, candidates: number): LinkMessage {
  if (!present)
    return {
      level: "info",
      rule: "link/jump-source-missing",
      article: t.id,
      message: `continued from page ${from} (上接第${from}版): source page not in archive`,
    };
  return {
    level: "warning",
    rule: "link/jump-in-unmatched",
    article: t.id,
    message:
      candidates === 0
        ? `continued from page ${from}: page ${from} has no jump to page ${t.page}`
        : `continued from page ${from}: none of the ${candidates} jump(s) to page ${t.page} matches`,
  };
}
