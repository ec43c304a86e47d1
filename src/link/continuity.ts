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
  return joinParts(parts).paragraphs;
}

/**
 * joinParagraphs, and for each part the index its first paragraph took in the story (or would have taken,
 * for a part without any), and whether it was joined to the paragraph before it.
 */
export function joinParts(parts: readonly (readonly string[])[]): {
  paragraphs: string[];
  starts: { at: number; joined: boolean }[];
} {
  const out: string[] = [];
  const starts: { at: number; joined: boolean }[] = [];
  for (const paragraphs of parts) {
    const [first, ...rest] = paragraphs;
    const last = out.at(-1);
    const joined = first !== undefined && last !== undefined && endsMidSentence(last.trim());
    starts.push({ at: joined ? out.length - 1 : out.length, joined });
    if (first === undefined) continue;
    if (joined) out[out.length - 1] = `${last}${first}`;
    else out.push(first);
    out.push(...rest);
  }
  return { paragraphs: out, starts };
}
