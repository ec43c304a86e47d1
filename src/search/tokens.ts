// The tokens written into the FTS5 table (detail=none: which articles hold a token, nothing more) and read
// back in MATCH expressions, all made here in JS. Kinds of token, told apart by a private-use mark:
//   character bigrams, no mark ("知识", "识产", "产权"): anywhere in head, body or authors; what matches;
//   MARK.head + bigram: the bigram is in the headline (ranking);
//   MARK.twice + bigram: it occurs twice or more in the article (ranking: term frequency);
//   MARK.char + character: the headline's characters, what one-character terms search;
//   MARK.word + jieba word: the headline's words (ranking: a whole-word headline match);
//   MARK.paper / page / kind + number: the filters; MARK.sample + 8 / 64 / 512: a random 1/n of the
//   articles, for estimating counts of very broad queries (count.ts).
// FTS5's `ascii` tokenizer then only has to split on spaces: ASCII punctuation is moved into the PUA first.

import { countKeys } from "../text/index.js";

export const MARK = {
  word: "\ue080",
  char: "\ue081",
  head: "\ue082",
  twice: "\ue084",
  paper: "\ue086",
  page: "\ue087",
  kind: "\ue088",
  sample: "\ue089",
} as const;
/** ASCII that the ascii tokenizer would split on (space, punctuation, controls) lives at PUA_ASCII + code. */
const PUA_ASCII = 0xe000;

// From the dev corpus's articles (841 bigrams on average, 728 distinct): 74 distinct bigrams occur twice or
// more, 8 four times or more. One mark (~10 % more tokens) gives BM25 a term frequency of 1 or 2+; a second,
// for 4+, would cost another feature query per term for 1 % of the tokens.
export const TWICE = 2;

function isTokenAscii(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** A folded text with ASCII separators moved to the PUA: one token character per text character. */
export function tokenForm(folded: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c < 0x80 && !isTokenAscii(c)) {
      out += folded.slice(from, i) + String.fromCharCode(PUA_ASCII + c);
      from = i + 1;
    }
  }
  return from === 0 ? folded : out + folded.slice(from);
}

/** Every character bigram of a folded text, in order, repeats included: ["知识", "识产", "产权"]. */
export function bigrams(folded: string): string[] {
  return bigramsOf(tokenForm(folded));
}

/** Bigrams of a text already in token form. */
function bigramsOf(s: string): string[] {
  const out: string[] = [];
  let a = 0; // start of the current character
  let b = nextChar(s, 0); // start of the next one
  while (b < s.length) {
    const c = nextChar(s, b);
    out.push(s.slice(a, c));
    a = b;
    b = c;
  }
  return out;
}

function nextChar(s: string, at: number): number {
  const u = s.charCodeAt(at);
  return u >= 0xd800 && u <= 0xdbff && at + 1 < s.length ? at + 2 : at + 1;
}

/** The distinct characters of a folded text, as tokens. */
export function characters(folded: string): string[] {
  return [...new Set(Array.from(tokenForm(folded)))];
}

/** A word as a token: ASCII separators moved to the PUA. */
export function wordToken(word: string): string {
  return MARK.word + tokenForm(word);
}

export interface DocTexts {
  head: string;
  body: string;
  authors: string;
  /** jieba's words of the head. */
  words: readonly string[];
}

/**
 * The token text of one article (space-separated, each token once) and its length in bigrams (BM25's document
 * length). Filter and sample tokens are added by the writer, which knows the paper's number.
 */
export function docTokens(texts: DocTexts): { text: string; length: number } {
  const [head, body, authors] = [tokenForm(texts.head), tokenForm(texts.body), tokenForm(texts.authors)];
  const words = [...new Set(texts.words)].map((w) => ` ${wordToken(w)}`).join("");
  if (hasSurrogate(head) || hasSurrogate(body) || hasSurrogate(authors)) {
    const text = docTokensOf(head, body, authors);
    return { text: text.text + words, length: text.length };
  }
  const text = bmpTokens(head, body, authors);
  return { text: text.text + words, length: text.length };
}

function hasSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdfff) return true;
  }
  return false;
}

/** docTokens for texts in token form with surrogate pairs: the plain way, with strings. */
function docTokensOf(head: string, body: string, authors: string): { text: string; length: number } {
  const counts = new Map<string, number>();
  let length = 0;
  for (const column of [head, body, authors]) {
    for (const g of bigramsOf(column)) {
      length++;
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
  }
  const tokens: string[] = [];
  for (const [g, n] of counts) {
    tokens.push(g);
    if (n >= TWICE) tokens.push(MARK.twice + g);
  }
  for (const g of new Set(bigramsOf(head))) tokens.push(MARK.head + g);
  for (const c of new Set(Array.from(head))) tokens.push(MARK.char + c);
  return { text: tokens.join(" "), length };
}

const UTF16 = new TextDecoder("utf-16le");
const SPACE = 0x20;

/** The bigrams of a token-form text as u32 keys (first unit · 65536 + second), BMP only, into `out` at `at`. */
function keysOf(s: string, out: Uint32Array, at: number): number {
  for (let i = 0; i + 1 < s.length; i++) out[at++] = s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
  return at;
}

/**
 * docTokens for texts without surrogate pairs (nearly all): bigrams as numbers, counted in a typed hash
 * table and written into one UTF-16 buffer; ~5 times faster than strings in a Map (measured on the dev corpus).
 */
function bmpTokens(head: string, body: string, authors: string): { text: string; length: number } {
  const span = (t: string) => Math.max(0, t.length - 1);
  const all = new Uint32Array(span(head) + span(body) + span(authors));
  keysOf(authors, all, keysOf(body, all, keysOf(head, all, 0)));
  const counted = countKeys(all);
  const headKeys = countKeys(all.subarray(0, span(head)));
  const out = new Uint16Array(counted.size * 8 + headKeys.size * 4 + head.length * 3);
  let n = 0;
  const put = (mark: number, key: number) => {
    if (n > 0) out[n++] = SPACE;
    if (mark !== 0) out[n++] = mark;
    out[n++] = key >>> 16;
    out[n++] = key & 0xffff;
  };
  const twice = MARK.twice.charCodeAt(0);
  for (let i = 0; i < counted.size; i++) {
    const [key, count] = [counted.keys[i] as number, counted.counts[i] as number];
    put(0, key);
    if (count >= TWICE) put(twice, key);
  }
  for (let i = 0; i < headKeys.size; i++) put(MARK.head.charCodeAt(0), headKeys.keys[i] as number);
  const seen = new Set<number>();
  const char = MARK.char.charCodeAt(0);
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (seen.has(c)) continue;
    seen.add(c);
    if (n > 0) out[n++] = SPACE;
    out[n++] = char;
    out[n++] = c;
  }
  return { text: UTF16.decode(out.subarray(0, n)), length: all.length };
}

/** An FTS5 string: double quotes around, any double quote inside doubled; FTS5 reads it as one token here. */
export function ftsString(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}
