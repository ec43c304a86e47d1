// Text continuity across a jump: a head cut mid-sentence (…万里同契、历久弥) goes on in a tail that starts
// mid-sentence (坚。两国始终…), a head cut at a paragraph end in a tail that opens a sentence.
import type { Article } from "../model/index.js";
import { endsMidSentence } from "../text/index.js";
import { CONTINUES_SENTENCE, OPENS_SENTENCE } from "./patterns.js";

/** 1 when the two parts' edges fit together, 0 when they contradict each other. */
export function continuity(head: Article, tail: Article): number {
  const last = head.paragraphs.at(-1)?.trim() ?? "";
  const first = tail.paragraphs[0]?.trim() ?? "";
  if (last === "" || first === "") return 1;
  const headCut = endsMidSentence(last);
  const tailOpens = tail.dateline !== null || OPENS_SENTENCE.test(first);
  if (headCut && tailOpens) return 0;
  if (!headCut && CONTINUES_SENTENCE.test(first)) return 0;
  return 1;
}

/** The parts' paragraphs as one story: a paragraph cut by the jump is joined back into one. */
export function joinParagraphs(parts: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const paragraphs of parts) {
    const [first, ...rest] = paragraphs;
    if (first === undefined) continue;
    const last = out.at(-1);
    if (last !== undefined && endsMidSentence(last.trim())) out[out.length - 1] = last + first;
    else out.push(first);
    out.push(...rest);
  }
  return out;
}
