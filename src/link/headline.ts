// Headline evidence for a jump: the continuation reprints the start's headline, whole or shortened
// (its first clause, or without its trailing （column tag）), sometimes only something like it.
import type { Article } from "../model/index.js";
import { dice, stripWhitespace } from "../text/index.js";

export type HeadlineMatch = "same" | "shortened" | "similar" | "none";

export interface HeadlineEvidence {
  headline: HeadlineMatch;
  /** 1 for the same headline, SHORTENED for a shortened one, else bigram Dice. */
  title: number;
}

// A shortened headline is a prefix (or a part) of the full one; shorter than this it could be anyone's
// (习近平, 新华社). Four characters is the shortest first clause in the dev corpus (稳字当头).
const MIN_SHORTENED = 4;
/** Score of a shortened reprint: nearly as good as the same headline; both parts' bodies decide ties. */
const SHORTENED = 0.9;
// Below this Dice two headlines share no more than chance (common words like 发展, 中国); measured on
// the dev corpus renderings, unrelated headline pairs stay under 0.3.
const SIMILAR = 0.3;

/** 春风吹绿小山村（乡村行） → 春风吹绿小山村 */
export function stripColumnTag(title: string): string {
  return title.replace(/[（(][^（）()]{1,12}[）)]$/u, "");
}

/** The headline lines of an article, compacted: title, kicker, subtitle (without its leading dash). */
export function headlines(article: Article): string[] {
  return [article.title, article.kicker, article.subtitle?.replace(/^[—-]+/u, "") ?? null]
    .map((h) => (h === null ? "" : stripWhitespace(h)))
    .filter((h) => h !== "");
}

/** How the continuation's headline (title, else kicker) relates to the start's headlines. */
export function headlineEvidence(start: Article, continuation: Article): HeadlineEvidence {
  const reprint = headlines(continuation)[0];
  const full = headlines(start);
  if (reprint === undefined || full.length === 0) return { headline: "none", title: 0 };
  if (full.includes(reprint)) return { headline: "same", title: 1 };
  for (const h of full) {
    const [short, long] = reprint.length <= h.length ? [reprint, h] : [h, reprint];
    if (short.length >= MIN_SHORTENED && (long.startsWith(short) || stripColumnTag(long) === short))
      return { headline: "shortened", title: SHORTENED };
  }
  for (const h of full) {
    const [short, long] = reprint.length <= h.length ? [reprint, h] : [h, reprint];
    if (short.length >= MIN_SHORTENED && long.includes(short))
      return { headline: "shortened", title: SHORTENED };
  }
  const best = Math.max(...full.map((h) => dice(h, reprint)));
  return { headline: best >= SIMILAR ? "similar" : "none", title: best };
}
