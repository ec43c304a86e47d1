// Word segmentation for the search index: jieba (one dictionary per thread, src/text/words.ts) and the archive's
// user words, the papers' own dictionary: names from bylines (冯钦然) and places from datelines (聊城), which
// cutWords keeps whole where jieba, not knowing them, cuts them into pieces.
//
// The user words are applied here rather than loaded into jieba (Jieba.loadDict): a word loaded into jieba stays
// for the thread's life and changes every later cut, so an article's headline words would depend on which issues
// the thread happened to read before it (two reading threads, two answers). Given as a set, a cut depends on the
// set alone: the archive's words when the ingest began and the issue's own (archive/issue-input.ts), the
// archive's words at query time (sqlite.ts).
import type { Jieba } from "@node-rs/jieba";
import { jieba } from "../text/index.js";
import type { SearchDoc } from "./contract.js";
import { fold } from "./fold.js";

export { dictionaryLoads } from "../text/index.js";

/** The thread's jieba (loaded once per thread, on first use). */
export function segmenter(): Jieba {
  return jieba();
}

// A user word: Han characters, a middle dot between the parts of a transcribed name (阿依古丽·某某), 2–12 characters
// in all. Longer runs are not names; one character is not a word worth keeping whole.
const USER_WORD = /^\p{Script=Han}+(?:·\p{Script=Han}+)*$/u;
const USER_WORD_CHARS = [2, 12] as const;

/** A name or place as a user word (folded, spaces out), or null when it is none: 冯欽然 → 冯钦然, 本报讯 → null. */
export function userWord(text: string): string | null {
  const known = seen.get(text);
  if (known !== undefined) return known;
  const folded = fold(text).replace(/\s+/gu, "");
  const chars = Array.from(folded).length;
  const word =
    USER_WORD.test(folded) &&
    chars >= USER_WORD_CHARS[0] &&
    chars <= USER_WORD_CHARS[1] &&
    !NOT_NAMES.test(folded)
      ? folded
      : null;
  if (seen.size >= SEEN_MAX) seen.clear();
  seen.set(text, word);
  return word;
}

// userWord() of the names and places met lately: the same reporters sign most of a paper's articles, and folding
// a name costs ~2 µs (~6 µs an article, on the reading thread and again on the writer) against ~0.1 for a lookup.
const seen = new Map<string, string | null>();
const SEEN_MAX = 50_000;

// What a byline or a dateline holds that is no name or place (a parse that took a role or source for one): 本报记者,
// 新华社, 特约评论员, 编者.
const NOT_NAMES = /^(?:本报|新华社|中新社|编者)|记者|通讯员|评论员|编辑$/u;

/** The user words an article brings: its authors' names and its dateline's place. */
export function docWords(doc: Pick<SearchDoc, "authors" | "places">): string[] {
  const out: string[] = [];
  for (const text of [...doc.authors, ...(doc.places ?? [])]) {
    const word = userWord(text);
    if (word !== null) out.push(word);
  }
  return out;
}

/**
 * Words that cutWords keeps whole: a set of userWord() forms, over the words of a parent set when there is one
 * (an issue's own names over the archive's: `over`). A join is tried only as far as the longest word that begins
 * with its first unit.
 */
export class UserWords {
  private readonly words = new Set<string>();
  /** First UTF-16 unit of a word → the length of the longest word starting with it. */
  private readonly longest = new Map<number, number>();

  constructor(
    words: Iterable<string> = [],
    private readonly parent: UserWords | null = null,
  ) {
    this.add(words);
  }

  /** Adds words (userWord() forms); returns those not held before, here or in the parent. */
  add(words: Iterable<string>): string[] {
    const fresh: string[] = [];
    for (const word of words) {
      if (word.length < 2 || this.has(word)) continue;
      this.words.add(word);
      fresh.push(word);
      const first = word.charCodeAt(0);
      this.longest.set(first, Math.max(this.longest.get(first) ?? 0, word.length));
    }
    return fresh;
  }

  /** A set of these words and `words` besides; this set does not change. */
  over(words: Iterable<string>): UserWords {
    return new UserWords(words, this);
  }

  has(word: string): boolean {
    return this.words.has(word) || (this.parent?.has(word) ?? false);
  }

  get size(): number {
    return this.words.size + (this.parent?.size ?? 0);
  }

  /** Every word, the parent's first. */
  all(): string[] {
    return [...(this.parent?.all() ?? []), ...this.words];
  }

  /**
   * How many of jieba's pieces from `at` on join into the longest user word (2 or more), or 0: a user word is
   * taken only where jieba's cut has a break at both its ends.
   */
  joinAt(pieces: readonly string[], at: number): number {
    const first = pieces[at];
    if (first === undefined || first.length === 0) return 0;
    const longest = this.longestFrom(first.charCodeAt(0));
    let best = 0;
    let joined = first;
    for (let j = at + 1; j < pieces.length; j++) {
      joined += pieces[j] as string;
      if (joined.length > longest) break;
      if (this.has(joined)) best = j - at + 1;
    }
    return best;
  }

  /** The length of the longest word that begins with this UTF-16 unit, here or in the parent; 0 when none does. */
  private longestFrom(unit: number): number {
    return Math.max(this.longest.get(unit) ?? 0, this.parent?.longestFrom(unit) ?? 0);
  }
}

/**
 * jieba's cut of a folded text, with consecutive pieces joined where they make a user word (冯|钦|然 → 冯钦然;
 * the longest from the left): pieces that concatenate back to the text. A user word across one of jieba's words is
 * left alone (开罗 in 揭开|罗马), so a place does not break the words around it. Without the HMM, which guesses
 * unknown words: 1.6× faster on the dev corpus (2.8 against 1.8 M characters/s), and names come from the user words.
 */
export function cutWords(jieba: Jieba, folded: string, user?: UserWords): string[] {
  if (folded.length === 0) return [];
  const pieces = jieba.cut(folded, false);
  if (user === undefined || user.size === 0) return pieces;
  let out: string[] | null = null;
  for (let i = 0; i < pieces.length; ) {
    const n = user.joinAt(pieces, i);
    if (n < 2) {
      out?.push(pieces[i] as string);
      i++;
      continue;
    }
    out ??= pieces.slice(0, i);
    out.push(pieces.slice(i, i + n).join(""));
    i += n;
  }
  return out ?? pieces;
}
