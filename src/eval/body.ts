// Body similarity of matched articles, with the place where an imperfect body first goes wrong.
import { comparedBodies, type Matching, type PreparedArticle } from "./match.js";
import { articleName, clip, type Notes } from "./notes.js";
import { dice } from "./text.js";
import type { BodyScore, GoldArticle } from "./types.js";

/** Dice at or above this counts as right on a perfect page: one stray character in ~200 is tolerated. */
export const CLOSE_DICE = 0.99;
const CONTEXT_CHARS = 12;

export function scoreBodies(
  gold: GoldArticle[],
  goldPrepared: PreparedArticle[],
  predPrepared: PreparedArticle[],
  matching: Matching,
  notes: Notes,
): BodyScore {
  const score: BodyScore = { pairs: 0, diceSum: 0, exact: 0, close: 0 };
  for (const pair of matching.pairs) {
    const g = goldPrepared[pair.gold];
    const p = predPrepared[pair.pred];
    if (!g || !p) continue;
    const [goldBody, predBody] = comparedBodies(g, p);
    const d = dice(goldBody, predBody);
    score.pairs++;
    score.diceSum += d;
    if (d === 1) score.exact++;
    if (d >= CLOSE_DICE) score.close++;
    else {
      const [goldAt, predAt] = firstDifference(goldBody.text, predBody.text);
      notes.add(`body (Dice ${d.toFixed(3)})`, articleName(gold[pair.gold], pair.gold), goldAt, predAt);
    }
  }
  return score;
}

/** Both texts from a little before their first differing character, to show what went wrong. */
export function firstDifference(a: string, b: string): [string, string] {
  const x = Array.from(a);
  const y = Array.from(b);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const from = Math.max(0, i - CONTEXT_CHARS);
  const cut = (chars: string[]): string => {
    const text = clip(chars.slice(from).join(""), 2 * CONTEXT_CHARS);
    return from > 0 ? `…${text}` : text;
  };
  return [cut(x), cut(y)];
}
