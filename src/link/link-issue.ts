// Linking one issue: jump lines and contents entries across its pages. Pure: pages in, links out.
import { linkJumps } from "./jumps.js";
import { keywordModel } from "./keywords.js";
import { linkToc } from "./toc.js";
import type { IssueLinks, LinkPage } from "./types.js";

export function linkIssue(pages: readonly LinkPage[]): IssueLinks {
  // Pages in page order, so links and messages come out the same whatever order pages were stored in.
  const sorted = [...pages].sort((a, b) => a.page - b.page);
  // 1. Jumps: starts and continuations, scored against each other with keywords weighted over the issue.
  const keywords = keywordModel(sorted.flatMap((p) => p.articles));
  const jumps = linkJumps(sorted, keywords);
  // 2. Contents entries: after jumps, though independent of them; an entry points at a story's start.
  const toc = linkToc(sorted);
  return { links: [...jumps.links, ...toc.links], messages: [...jumps.messages, ...toc.messages] };
}
