// Chinese words, by @node-rs/jieba with its bundled dictionary: loaded once per thread, on first use, and shared
// by everything that segments (the parser's word checks here, the search index's cuts in src/search/words.ts).
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

let shared: Jieba | null = null;
let loads = 0;

/** The thread's jieba, with the bundled dictionary (100–250 ms and ~40 MB to load, so once). */
export function jieba(): Jieba {
  if (shared === null) {
    shared = Jieba.withDict(dict);
    loads++;
  }
  return shared;
}

/** How many times this thread has loaded jieba's dictionary: 1 once anything was segmented, never more. */
export function dictionaryLoads(): number {
  return loads;
}

export function words(text: string): string[] {
  return jieba().cut(text, false);
}

/**
 * Whether a word runs across the break between two pieces of text: 斯|洛伐克, 勉|励, 奋|斗. A headline broken
 * over two lines splits a word; a kicker and its title meet between words (0 of the 202 kicker/title and
 * title/subtitle pairs of the development corpus join into a word).
 */
export function splitsWord(before: string, after: string): boolean {
  if (before.length === 0 || after.length === 0) return false;
  // Only the words near the break matter: segment a window around it.
  const left = before.slice(-8);
  const right = after.slice(0, 8);
  let pos = 0;
  for (const word of words(left + right)) {
    const end = pos + word.length;
    if (pos < left.length && end > left.length) return true;
    pos = end;
  }
  return false;
}
