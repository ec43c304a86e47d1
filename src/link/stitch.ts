// A jumped story as one article: its parts in order (start, continuations), the paragraphs joined
// across them (a paragraph cut by the jump becomes one again), provenance kept per part.
import { type Article, creditPlaces, headPieces } from "../model/index.js";
import { joinParts } from "./continuity.js";

export interface StoryPart {
  id: string;
  page: number;
  /** 1-based place of the part among its page's articles. */
  position: number;
  article: Article;
}

export interface Stitched {
  /** The start's headline and fields, every part's paragraphs, bylines and credits. */
  article: Article;
  parts: (Omit<StoryPart, "article"> & { role: "start" | "continuation" })[];
}

/** Parts in reading order, the start first. Throws on no parts: a story has at least its start. */
export function stitch(parts: readonly StoryPart[]): Stitched {
  const [start, ...rest] = parts;
  if (start === undefined) throw new Error("stitch: a story needs at least one part (its start)");
  const unique = <T>(items: T[], key: (item: T) => string): T[] => {
    const seen = new Set<string>();
    return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)) !== undefined);
  };
  const joined = joinParts(parts.map((p) => p.article.paragraphs));
  const article: Article = {
    ...start.article,
    id: start.id,
    paragraphs: joined.paragraphs,
    authors: unique(
      parts.flatMap((p) => p.article.authors),
      (a) => `${a.role}:${a.name}`,
    ),
    // The last part says where the story ends: nowhere, or a page not (yet) in the archive.
    continuesOn: parts.at(-1)?.article.continuesOn ?? null,
  };
  // Each credit where it was printed (Article.creditsAt), in the story's pieces: the start's as they are; a
  // continuation's after as many of the story's paragraphs as come before it there (its own dateline, if any,
  // is not the story's). A credit printed twice (the same byline on both pages) stays where it came first.
  const head = headPieces(start.article);
  const placed = parts.flatMap((p, k) => {
    const places = creditPlaces(p.article);
    const from = joined.starts[k] ?? { at: 0, joined: false };
    return (p.article.credits ?? []).map((text, i) => {
      const n = places[i] ?? 0;
      if (k === 0) return { text, at: n };
      const before = n - headPieces(p.article); // the part's own paragraphs before the credit
      return { text, at: head + from.at + (before > 0 ? before : from.joined ? 1 : 0) };
    });
  });
  const credits = unique(placed, (c) => c.text);
  if (credits.length > 0) {
    article.credits = credits.map((c) => c.text);
    article.creditsAt = credits.map((c) => c.at);
  }
  return {
    article,
    parts: [start, ...rest].map(({ id, page, position }, i) => ({
      id,
      page,
      position,
      role: i === 0 ? "start" : "continuation",
    })),
  };
}
