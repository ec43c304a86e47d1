// One-to-one matching of gold and predicted items (articles, removed duplicates) by text similarity.
// Greedy by descending similarity: at a 0.9 Dice floor two gold items can only compete for one
// prediction when they are near copies of each other, so greedy equals the optimal assignment in practice.
import { type Bigrams, bigrams, bodyText, dice, diceBound } from "./text.js";
import type { GoldArticle } from "./types.js";

/** Lowest similarity at which two items count as the same; fixed by the evaluation spec, not tuned. */
export const MATCH_THRESHOLD = 0.9;

export interface Pair {
  gold: number;
  pred: number;
  similarity: number;
}

export interface Matching {
  pairs: Pair[];
  /** Gold index → its pair. */
  byGold: ReadonlyMap<number, Pair>;
  /** Predicted index → its pair. */
  byPred: ReadonlyMap<number, Pair>;
}

/** Keeps the best candidates that share no item; ties go to items closer in reading order. */
export function assign(candidates: Pair[]): Matching {
  const sorted = [...candidates].sort(
    (a, b) =>
      b.similarity - a.similarity ||
      Math.abs(a.gold - a.pred) - Math.abs(b.gold - b.pred) ||
      a.gold - b.gold ||
      a.pred - b.pred,
  );
  const byGold = new Map<number, Pair>();
  const byPred = new Map<number, Pair>();
  for (const pair of sorted) {
    if (byGold.has(pair.gold) || byPred.has(pair.pred)) continue;
    byGold.set(pair.gold, pair);
    byPred.set(pair.pred, pair);
  }
  const pairs = [...byGold.values()].sort((a, b) => a.gold - b.gold);
  return { pairs, byGold, byPred };
}

/** Matches texts pairwise at MATCH_THRESHOLD; bigrams are computed once per text. */
export function matchTexts(gold: Bigrams[], pred: Bigrams[]): Matching {
  const candidates: Pair[] = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      if (diceBound(g, p) < MATCH_THRESHOLD) return;
      const similarity = dice(g, p);
      if (similarity >= MATCH_THRESHOLD) candidates.push({ gold: gi, pred: pi, similarity });
    });
  });
  return assign(candidates);
}

/** What matching and body scoring need of an article, computed once. */
export interface PreparedArticle {
  body: Bigrams;
  title: Bigrams;
}

export function prepare(a: GoldArticle): PreparedArticle {
  return { body: bigrams(bodyText(a)), title: bigrams(a.title ?? "") };
}

/**
 * Body Dice, or for a gold item without body text (ads, pictures with only a headline) title Dice.
 * An item with neither matches only a prediction that has neither.
 */
function articleSimilarity(g: PreparedArticle, p: PreparedArticle): number {
  if (g.body.text !== "") return diceBound(g.body, p.body) < MATCH_THRESHOLD ? 0 : dice(g.body, p.body);
  if (g.title.text !== "") return dice(g.title, p.title);
  return p.body.text === "" && p.title.text === "" ? 1 : 0;
}

export function matchArticles(gold: PreparedArticle[], pred: PreparedArticle[]): Matching {
  const candidates: Pair[] = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      const similarity = articleSimilarity(g, p);
      if (similarity >= MATCH_THRESHOLD) candidates.push({ gold: gi, pred: pi, similarity });
    });
  });
  return assign(candidates);
}
