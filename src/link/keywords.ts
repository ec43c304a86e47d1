// Keyword overlap of two articles: cosine of tf-idf weighted character bigrams, the idf taken over the
// issue, so words every story uses (发展, 工作) count for little and a story's own names for much.
import type { Article } from "../model/index.js";
import { bigramCounts } from "../text/index.js";

export type KeywordSimilarity = (a: string, b: string) => number;

/** Body text as compared: paragraphs only (the headline is evidence of its own). */
export function bodyOf(article: Article): string {
  return article.paragraphs.join("");
}

/** Han-character bigrams only: punctuation and digits pair up with anything. */
function hanBigrams(text: string): Map<string, number> {
  const counts = bigramCounts(text);
  for (const gram of counts.keys()) if (!/^\p{Script=Han}{2}$/u.test(gram)) counts.delete(gram);
  return counts;
}

/** Builds the measure over the articles (by id); similarity of ids outside it is 0. */
export function keywordModel(articles: readonly { id: string; article: Article }[]): KeywordSimilarity {
  const grams = new Map(articles.map((a) => [a.id, hanBigrams(bodyOf(a.article))]));
  const df = new Map<string, number>();
  for (const counts of grams.values()) for (const g of counts.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  const n = Math.max(1, grams.size);
  const vectors = new Map<string, { weights: Map<string, number>; norm: number }>();
  for (const [id, counts] of grams) {
    const weights = new Map<string, number>();
    let sum = 0;
    for (const [g, tf] of counts) {
      const w = (1 + Math.log(tf)) * Math.log(1 + n / (df.get(g) ?? 1));
      weights.set(g, w);
      sum += w * w;
    }
    vectors.set(id, { weights, norm: Math.sqrt(sum) });
  }
  return (a, b) => {
    const x = vectors.get(a);
    const y = vectors.get(b);
    if (x === undefined || y === undefined || x.norm === 0 || y.norm === 0) return 0;
    const [small, large] = x.weights.size <= y.weights.size ? [x, y] : [y, x];
    let dot = 0;
    for (const [g, w] of small.weights) dot += w * (large.weights.get(g) ?? 0);
    return dot / (x.norm * y.norm);
  };
}
