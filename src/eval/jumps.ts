// Jump links (continuesOn, continuedFrom), each non-null value one link. A predicted link where gold has
// none sends a reader to the wrong page, so such false links are counted apart and gated at zero.
import type { Matching } from "./match.js";
import { articleName, type Notes, show } from "./notes.js";
import type { GoldArticle, JumpScore } from "./types.js";

const JUMP_FIELDS = ["continuesOn", "continuedFrom"] as const;

export function scoreJumps(
  gold: GoldArticle[],
  pred: GoldArticle[],
  matching: Matching,
  notes: Notes,
): JumpScore {
  const score: JumpScore = { gold: 0, found: 0, predicted: 0, correct: 0, falseLinks: 0 };
  // Recall side: every non-null gold link, found only on the matched prediction.
  gold.forEach((g, gi) => {
    const pi = matching.byGold.get(gi)?.pred;
    const p = pi === undefined ? undefined : pred[pi];
    for (const field of JUMP_FIELDS) {
      const want = g[field];
      if (want === undefined || want === null) continue;
      score.gold++;
      if (p?.[field] === want) score.found++;
      else if (p) notes.add(field, articleName(g, gi), show(want), show(p[field]));
    }
  });
  // Precision side: every non-null predicted link, matched or not.
  pred.forEach((p, pi) => {
    const gi = matching.byPred.get(pi)?.gold;
    const g = gi === undefined ? undefined : gold[gi];
    for (const field of JUMP_FIELDS) {
      const got = p[field];
      if (got === undefined || got === null) continue;
      const want = g ? g[field] : null;
      // Gold that does not know its jumps can neither confirm nor refute this one.
      if (want === undefined) continue;
      score.predicted++;
      if (want === got) score.correct++;
      else if (want === null) {
        score.falseLinks++;
        const where = g && gi !== undefined ? articleName(g, gi) : `${articleName(p, pi)} (unmatched)`;
        notes.add(`${field} (false link)`, where, show(want), show(got));
      }
    }
  });
  return score;
}
