// Table-of-contents entries (今日导读), scored on pages whose gold lists them. Entries are pooled per page
// and matched by title, so an entry still counts when its toc block got a different headline or split.
import type { TocEntry } from "../model/index.js";
import { type Notes, show } from "./notes.js";
import { normalizeLine } from "./text.js";
import type { GoldArticle, TocScore } from "./types.js";

// TocEntry.subtitle is optional in the model itself, so absent means "no subtitle", not "unknown".
function entryKey(e: TocEntry): string {
  const [kicker, subtitle] = [e.kicker, e.subtitle ?? null].map((s) => normalizeLine(s) ?? "-");
  return `${kicker} | ${subtitle} | p${e.page ?? "-"}`;
}

export function scoreToc(gold: GoldArticle[], pred: GoldArticle[], notes: Notes): TocScore {
  const score: TocScore = { matched: 0, gold: 0, predicted: 0, exact: 0 };
  if (!gold.some((a) => a.toc !== undefined)) return score;
  const want = gold.flatMap((a) => a.toc ?? []);
  const got = pred.flatMap((a) => a.toc ?? []);
  score.gold = want.length;
  score.predicted = got.length;
  const used = new Set<number>();
  for (const entry of want) {
    const title = normalizeLine(entry.title);
    const at = got.findIndex((e, i) => !used.has(i) && normalizeLine(e.title) === title);
    const match = got[at];
    if (!match) {
      notes.add("toc entry (missed)", show(entry.title), entryKey(entry), "(no entry)");
      continue;
    }
    used.add(at);
    score.matched++;
    if (entryKey(entry) === entryKey(match)) score.exact++;
    else notes.add("toc entry", show(entry.title), entryKey(entry), entryKey(match));
  }
  got.forEach((entry, i) => {
    if (!used.has(i)) notes.add("toc entry (spurious)", show(entry.title), "(no entry)", entryKey(entry));
  });
  return score;
}
