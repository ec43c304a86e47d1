// Scoring one page: match articles first, since every per-field score is taken over the matched pairs.
import type { Page } from "../model/index.js";
import { scoreBodies } from "./body.js";
import { scoreDuplicates } from "./duplicates.js";
import { scoreFields } from "./fields.js";
import { scoreJumps } from "./jumps.js";
import { matchArticles, prepare } from "./match.js";
import { articleName, Notes } from "./notes.js";
import { isPerfect } from "./scores.js";
import { scoreToc } from "./toc.js";
import type { GoldPage, PageReport, PageScores } from "./types.js";

/** Scores `pred` against `gold`; a null prediction scores the page as fully missed. */
export function evaluatePage(gold: GoldPage, pred: Page | null, file: string = gold.file): PageReport {
  const goldArticles = gold.articles;
  const predArticles = pred?.articles ?? [];
  const notes = new Notes();
  // 1. Bigrams once per article, then the one-to-one article matching everything else hangs on.
  const goldPrepared = goldArticles.map(prepare);
  const predPrepared = predArticles.map(prepare);
  const matching = matchArticles(goldPrepared, predPrepared);
  // 2. Article-level scores over the matched pairs.
  const scores: PageScores = {
    articles: { matched: matching.pairs.length, gold: goldArticles.length, predicted: predArticles.length },
    fields: scoreFields(goldArticles, predArticles, matching, notes),
    body: scoreBodies(goldArticles, goldPrepared, predPrepared, matching, notes),
    jumps: scoreJumps(goldArticles, predArticles, matching, notes),
    // 3. Page-level lists that do not depend on the matching.
    duplicates: scoreDuplicates(gold.removed, pred?.removed ?? [], notes),
    toc: scoreToc(goldArticles, predArticles, notes),
    perfect: { correct: 0, total: 1 },
  };
  // 4. Perfect last: it reads all of the above.
  const perfect = pred !== null && isPerfect(scores);
  if (perfect) scores.perfect.correct = 1;
  return {
    file,
    predicted: pred !== null,
    perfect,
    scores,
    missed: goldArticles.flatMap((a, i) => (matching.byGold.has(i) ? [] : [articleName(a, i)])),
    spurious: predArticles.flatMap((a, i) => (matching.byPred.has(i) ? [] : [articleName(a, i)])),
    mismatches: notes.mismatches,
    omitted: notes.omitted,
  };
}
