// Chinese words, by @node-rs/jieba with its bundled dictionary: loaded once per process, on first use.
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

let jieba: Jieba | null = null;

function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

export function words(text: string): string[] {
  return segmenter().cut(text, false);
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
