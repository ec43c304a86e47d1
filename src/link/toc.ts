// Contents entries (今日导读) → the articles they announce, by headline similarity on the page they name
// (anywhere in the issue when the entry prints no page), solved per contents box as an assignment.
import type { TocEntry } from "../model/index.js";
import { dice, stripWhitespace } from "../text/index.js";
import { assign } from "./assign.js";
import { headlines } from "./headline.js";
import { round } from "./round.js";
import type { Link, LinkArticle, LinkMessage, LinkPage } from "./types.js";

// Contents titles are often rewritten for the box, so the floor is lower than for jumps; a containment of
// at least CONTAINED characters counts as nearly equal. Not tuned: the dev corpus has no contents boxes and
// the sample's box points at pages not in it. 0.5 Dice means half the bigrams shared, which unrelated
// headlines of one page do not reach (they stay under 0.3, as for jumps).
const MIN_SCORE = 0.5;
const CONTAINED = 4;
const CONTAINED_SCORE = 0.9;
/** An entry without a page is matched on its title alone: less sure. */
const NO_PAGE_FACTOR = 0.9;

interface Located extends LinkArticle {
  page: number;
}

/** Headline similarity of a contents entry and an article: the best over their headline lines. */
export function entryScore(entry: TocEntry, article: LinkArticle["article"]): number {
  const lines = [entry.title, entry.kicker, entry.subtitle?.replace(/^[—-]+/u, "") ?? null]
    .map((h) => (h === null ? "" : stripWhitespace(h)))
    .filter((h) => h !== "");
  let best = 0;
  for (const e of lines)
    for (const h of headlines(article)) {
      if (e === h) return 1;
      const [short, long] = e.length <= h.length ? [e, h] : [h, e];
      if (short.length >= CONTAINED && long.includes(short)) best = Math.max(best, CONTAINED_SCORE);
      else best = Math.max(best, dice(e, h));
    }
  return best;
}

export function linkToc(pages: readonly LinkPage[]): { links: Link[]; messages: LinkMessage[] } {
  const present = new Set(pages.map((p) => p.page));
  const all: Located[] = pages.flatMap((p) => p.articles.map((a) => ({ ...a, page: p.page })));
  const targets = all.filter((a) => a.article.kind !== "toc");
  const links: Link[] = [];
  const messages: LinkMessage[] = [];
  for (const box of all) {
    const entries = box.article.kind === "toc" ? (box.article.toc ?? []) : [];
    if (entries.length === 0) continue;
    const scores = entries.map((entry) =>
      targets.map((t) => {
        if (entry.page !== null && entry.page !== t.page) return 0;
        const s = entryScore(entry, t.article);
        return entry.page === null ? s * NO_PAGE_FACTOR : s;
      }),
    );
    const pairs = new Map(assign(scores, MIN_SCORE));
    entries.forEach((entry, i) => {
      const j = pairs.get(i);
      const target = j === undefined ? undefined : targets[j];
      const score = j === undefined ? undefined : scores[i]?.[j];
      if (target !== undefined && score !== undefined) {
        const title = entryScore(entry, target.article);
        const evidence = { entry: i, entryTitle: entry.title, title: round(title), page: entry.page };
        links.push({ kind: "toc", from: box.id, to: target.id, confidence: round(score), evidence });
        return;
      }
      // A warning only where the article should have been found: on a page the archive holds. Without a
      // page the announced article may be on any page, stored or not.
      const missing = entry.page !== null && !present.has(entry.page);
      messages.push({
        level: entry.page !== null && !missing ? "warning" : "info",
        rule: missing ? "link/toc-target-missing" : "link/toc-unmatched",
        article: box.id,
        message: missing
          ? `contents entry ${entry.title} (page ${entry.page}): target page not in archive`
          : `contents entry ${entry.title}: no article ${entry.page === null ? "in the issue" : `on page ${entry.page}`} has this headline`,
      });
    });
  }
  return { links, messages };
}
