// The token text written into the FTS5 table and read back in MATCH phrases, all made here in JS.
// Three kinds of token, told apart by a private-use mark so that they never share a doclist:
//   character bigrams, no mark ("知识 识产 产权"): every position of a column, the substring guarantee;
//   words, WORD_MARK + a jieba word: ranking only (a whole-word match scores above an accidental one);
//   headline characters, CHAR_MARK + one character: what one-character terms search.
// FTS5's `ascii` tokenizer then only has to split on spaces: ASCII punctuation is moved into the PUA first.

export const WORD_MARK = "\ue080";
export const CHAR_MARK = "\ue081";
/** ASCII that the ascii tokenizer would split on (space, punctuation, controls) lives at PUA_ASCII + code. */
const PUA_ASCII = 0xe000;

const UTF16 = new TextDecoder("utf-16le");

function isTokenAscii(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** Code points of a folded text, ASCII separators moved to the PUA. */
function tokenCodePoints(folded: string): number[] {
  const cps: number[] = [];
  for (const ch of folded) {
    const c = ch.codePointAt(0) as number;
    cps.push(c < 0x80 && !isTokenAscii(c) ? PUA_ASCII + c : c);
  }
  return cps;
}

function put(out: Uint16Array, n: number, cp: number): number {
  if (cp > 0xffff) {
    out[n] = 0xd800 + ((cp - 0x10000) >> 10);
    out[n + 1] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    return n + 2;
  }
  out[n] = cp;
  return n + 1;
}

/** Every character bigram of a folded text, in order, space-separated: "ab bc cd". Empty under 2 characters. */
export function bigramText(folded: string): string {
  const cps = tokenCodePoints(folded);
  if (cps.length < 2) return "";
  const out = new Uint16Array(cps.length * 5);
  let n = 0;
  for (let i = 0; i + 1 < cps.length; i++) {
    if (i > 0) out[n++] = 0x20;
    n = put(out, n, cps[i] as number);
    n = put(out, n, cps[i + 1] as number);
  }
  return UTF16.decode(out.subarray(0, n));
}

/** Every character of a folded text as a marked token: what a one-character term is matched against. */
export function charText(folded: string): string {
  return tokenCodePoints(folded)
    .map((cp) => CHAR_MARK + String.fromCodePoint(cp))
    .join(" ");
}

/** Words (jieba's cut of a folded text, so they concatenate back to it) as marked tokens. */
export function wordText(words: readonly string[]): string {
  return words.map((w) => WORD_MARK + escapeAscii(w)).join(" ");
}

function escapeAscii(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c < 0x80 && !isTokenAscii(c) ? String.fromCharCode(PUA_ASCII + c) : s[i];
  }
  return out;
}

/** An FTS5 string: double quotes around, any double quote inside doubled; FTS5 reads it as a phrase. */
export function ftsString(tokenText: string): string {
  return `"${tokenText.replaceAll('"', '""')}"`;
}
