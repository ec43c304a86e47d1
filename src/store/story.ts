// An article as a reader wants it: the whole story, followed back to its start and on through its jumps,
// stitched (src/link/stitch.ts), with the links and messages of every part.
import { type Link, type Stitched, stitch } from "../link/index.js";
import type { ArchiveStore, StoredArticle, StoredMessage } from "./types.js";

export interface Story extends Stitched {
  /** The start's archive record (paper, date, page …), the part the story is filed under. */
  start: Omit<StoredArticle, "links" | "messages">;
  links: Link[];
  messages: StoredMessage[];
}

const jumpFrom = (a: StoredArticle): string | undefined =>
  a.links.find((l) => l.kind === "jump" && l.to === a.id)?.from;
const jumpTo = (a: StoredArticle): string | undefined =>
  a.links.find((l) => l.kind === "jump" && l.from === a.id)?.to;

/** The story the article `id` belongs to, or null when there is no such article. */
export async function loadStory(store: Pick<ArchiveStore, "getArticle">, id: string): Promise<Story | null> {
  const asked = await store.getArticle(id);
  if (asked === null) return null;
  // Links come from an assignment, so a part has at most one jump link in and one out; the sets guard
  // against a damaged archive going round in circles.
  const behind = new Set([asked.id]);
  let start = asked;
  for (let from = jumpFrom(start); from !== undefined && !behind.has(from); from = jumpFrom(start)) {
    const previous = await store.getArticle(from);
    if (previous === null) break;
    behind.add(from);
    start = previous;
  }
  const parts = [start];
  const inStory = new Set([start.id]);
  for (let to = jumpTo(start); to !== undefined && !inStory.has(to); ) {
    const part = to === asked.id ? asked : await store.getArticle(to);
    if (part === null) break;
    parts.push(part);
    inStory.add(part.id);
    to = jumpTo(part);
  }
  const stitched = stitch(
    parts.map((p) => ({ id: p.id, page: p.page, position: p.position, article: p.article })),
  );
  const links = new Map<string, Link>();
  for (const p of parts) for (const l of p.links) links.set(`${l.kind}:${l.from}>${l.to}`, l);
  const { links: _links, messages: _messages, ...record } = start;
  return {
    ...stitched,
    start: record,
    links: [...links.values()],
    messages: parts.flatMap((p) => p.messages),
  };
}
