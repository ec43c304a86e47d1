// A jumped story as one article: its parts in order (start, continuations), the paragraphs joined
// across them (a paragraph cut by the jump becomes one again), provenance kept per part.
import type { Article } from "../model/index.js";
import { joinParagraphs } from "./continuity.js";

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
  const article: Article = {
    ...start.article,
    id: start.id,
    paragraphs: joinParagraphs(parts.map((p) => p.article.paragraphs)),
    authors: unique(
      parts.flatMap((p) => p.article.authors),
      (a) => `${a.role}:${a.name}`,
    ),
    // The last part says where the story ends: nowhere, or a page not (yet) in the archive.
    continuesOn: parts.at(-1)?.article.continuesOn ?? null,
  };
  const credits = unique(
    parts.flatMap((p) => p.article.credits ?? []),
    (c) => c,
  );
  if (credits.length > 0) article.credits = credits;
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
