// Benchmark queries, drawn at run time from the corpus paragraphs the articles were spliced from, so every
// query finds something. Positions are drawn uniformly over the text, so common strings come up as often
// as readers would meet them: the 2-character class is dominated by very frequent bigrams (中国, 发展).
import { mulberry32, type Rng } from "../corpus/random.js";
import type { Source } from "./search-corpus.js";

export type QueryClass = "2-char" | "4-char" | "multi-word" | "phrase";
export const QUERY_CLASSES: readonly QueryClass[] = ["2-char", "4-char", "multi-word", "phrase"];

const HAN_RUN = /^[\u3400-\u9fff]+$/u;

/** A run of `length` Han characters at a random place in a random paragraph. */
function hanSubstring(source: Source, rng: Rng, length: number): string {
  for (;;) {
    const p = rng.pick(source.paragraphs);
    if (p.length < length) continue;
    const at = rng.int(0, p.length - length);
    const s = p.slice(at, at + length);
    if (HAN_RUN.test(s)) return s;
  }
}

/** `count` queries of a class; `cut` segments text into words (for the multi-word class). */
export function makeQueries(
  source: Source,
  kind: QueryClass,
  count: number,
  cut: (text: string) => string[],
  seed = 7,
): string[] {
  const rng = mulberry32(seed + QUERY_CLASSES.indexOf(kind));
  const word = (): string => {
    for (;;) {
      const words = cut(hanSubstring(source, rng, 12)).filter((w) => w.length >= 2 && HAN_RUN.test(w));
      if (words.length > 0) return rng.pick(words);
    }
  };
  const make: Record<QueryClass, () => string> = {
    "2-char": () => hanSubstring(source, rng, 2),
    "4-char": () => hanSubstring(source, rng, 4),
    "multi-word": () => `${word()} ${word()}`,
    phrase: () => `"${hanSubstring(source, rng, rng.int(6, 10))}"`,
  };
  return Array.from({ length: count }, make[kind]);
}
