// One-to-one matching of gold and predicted items (articles, removed duplicates) by text similarity.
// Greedy by descending similarity: at a 0.9 Dice floor two gold items can only compete for one
// prediction when they are near copies of each other, so greedy equals the optimal assignment in practice.
import { type Bigrams, bigrams, bodyText, compact, dice, diceBound } from "./text.js";
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
  /** bodyText: the paragraphs with editor's note, dateline and credits folded in, in print order. */
  body: Bigrams;
  /** The paragraphs alone (the same object as body when nothing was folded in). */
  paragraphs: Bigrams;
  title: Bigrams;
  /**
   * The article annotates its dateline (the key is there, null or not), as hand-made gold does: dateline,
   * bylines and editor's note are then fields of their own, scored as such, and a body pairing with this
   * article compares paragraphs alone. Corpus gold leaves them in the text and has no dateline key.
   */
  fieldsApart: boolean;
}

export function prepare(a: GoldArticle): PreparedArticle {
  const body = bigrams(bodyText(a));
  const bare = compact(a.paragraphs.join(""));
  return {
    body,
    paragraphs: bare === body.text ? body : bigrams(bare),
    title: bigrams(a.title ?? ""),
    fieldsApart: a.dateline !== undefined,
  };
}

/** The two bodies to compare, gold first: the gold article decides whether fields are folded in. */
export function comparedBodies(g: PreparedArticle, p: PreparedArticle): [Bigrams, Bigrams] {
  return g.fieldsApart ? [g.paragraphs, p.paragraphs] : [g.body, p.body];
}

/**
 * Body Dice, or for a gold item without body text (ads, pictures with only a headline) title Dice.
 * An item with neither matches only a prediction that has neither.
 */
function articleSimilarity(g: PreparedArticle, p: PreparedArticle): number {
  const [gold, pred] = comparedBodies(g, p);
  if (gold.text !== "") return diceBound(gold, pred) < MATCH_THRESHOLD ? 0 : dice(gold, pred);
  if (g.title.text !== "") return dice(g.title, p.title);
  return pred.text === "" && p.title.text === "" ? 1 : 0;
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
