// Removed duplicates: repeated fragments the parser must drop, matched one-to-one by text (Dice ≥ 0.9).
import type { Removal } from "../model/index.js";
import { matchTexts } from "./match.js";
import { clip, type Notes } from "./notes.js";
import { bigrams } from "./text.js";
import type { Retrieval } from "./types.js";

const duplicatesOf = (removed: Removal[]): Removal[] => removed.filter((r) => r.reason === "duplicate");

/** Not scored (all zero) when the gold page does not list its removals. */
export function scoreDuplicates(gold: Removal[] | undefined, pred: Removal[], notes: Notes): Retrieval {
  if (gold === undefined) return { matched: 0, gold: 0, predicted: 0 };
  const want = duplicatesOf(gold);
  const got = duplicatesOf(pred);
  const matching = matchTexts(
    want.map((r) => bigrams(r.text)),
    got.map((r) => bigrams(r.text)),
  );
  want.forEach((r, i) => {
    if (!matching.byGold.has(i))
      notes.add("duplicate (missed)", clip(r.text, 16), "duplicate", "not removed as one");
  });
  got.forEach((r, i) => {
    if (!matching.byPred.has(i))
      notes.add("duplicate (spurious)", clip(r.text, 16), "not a duplicate", "duplicate");
  });
  return { matched: matching.pairs.length, gold: want.length, predicted: got.length };
}
