// Raw bytes of one page in, text out: finds the encoding (BOM, UTF-8, GB18030, UTF-16, chardet's
// guess) and refuses binary input with a one-line `<file>: <problem>`. Line endings are normalised
// (CRLF and CR → LF); no other character is changed, dropped or added.
import { analyse } from "chardet";
import iconv from "iconv-lite";
import type { Message } from "../model/index.js";
import { type Decoded, decodeAs, decodeUtf8, invalidMessages, linesAt } from "./decoders.js";
import { scoreText, type TextScore } from "./plausibility.js";
import { countNuls, findBom, findMagic, utf16FromNuls } from "./sniff.js";
import type { Utf8Scan } from "./utf8-scan.js";

export type DecodeResult =
  | { ok: true; text: string; encoding: string; messages: Message[] }
  | { ok: false; error: string };

/** Bytes scored when choosing an encoding (~20k hanzi); the winner then decodes the whole file. */
export const SAMPLE_BYTES = 64 * 1024;

/**
 * Broken sequences a file may still have and be read as UTF-8, as a share of its non-ASCII
 * sequences. A UTF-8 page with a damaged byte is at ~0.02%; the sample page re-encoded as GBK is at
 * 78% (GBK pairs like C4 FA happen to be valid UTF-8). What fails here goes on to GB18030 & co.
 */
export const MOSTLY_UTF8_MAX_INVALID = 0.05;

/**
 * Common-character score (see plausibility.ts) a decoding without BOM or UTF-8 validity needs.
 * Measured on the sample page: right encoding 1.00 (GBK as GB18030, UTF-16 either order, a Big5
 * text as Big5); wrong ones 0.21–0.39 (UTF-16 misread), 0.47 (Big5 as GB18030), 0.71 (GBK as
 * windows-1252), 0.79 (GBK as Big5), 0.82 (GBK as EUC-JP). 0.9 keeps a margin on both sides.
 */
export const MIN_COMMON_SCORE = 0.9;

/** Share of controls, U+FFFD and private-use characters above which a decoding is not text. */
export const MAX_BAD_SHARE = 0.01;

/**
 * Control characters (other than tab, LF, CR, VT, FF) that make a text binary: more than 1% of it
 * and more than 8 in all. pdftotext output has none besides FF; a stray DOS EOF (0x1A) is one in
 * a whole page, so short texts are not condemned by one control; random bytes have ~10%.
 */
export const BINARY_MIN_CONTROL = 0.01;
export const BINARY_MIN_CONTROL_COUNT = 8;

export function decodeInput(bytes: Uint8Array, file: string): DecodeResult {
  // 1. Nothing to decode.
  if (bytes.length === 0) return failure(file, "empty file (0 bytes)");

  // 2. A known binary format: name it rather than decode garbage.
  const magic = findMagic(bytes);
  if (magic) return failure(file, magic.problem);

  // 3. A byte-order mark names the encoding outright.
  const bom = findBom(bytes);
  if (bom) return finish(file, bytes.length, decodeAs(bom.encoding, bytes, bom.bytes.length), []);

  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const evenSample = sample.subarray(0, sample.length - (sample.length % 2));
  const nuls = countNuls(sample);
  const tried: Attempt[] = [];
  const attempt = (encoding: string, part: Uint8Array = sample): Attempt => {
    const a = { encoding, score: scoreText(decodeAs(encoding, part).text) };
    tried.push(a);
    return a;
  };

  // 4. NULs lined up in alternate positions: UTF-16 without a BOM. Before UTF-8, where NUL is valid.
  const byNuls = utf16FromNuls(nuls);
  if (byNuls) {
    const a = attempt(byNuls, evenSample);
    const why = "no BOM, but NUL bytes in alternate positions";
    if (readsAsText(a)) return finish(file, bytes.length, decodeAs(byNuls, bytes), [chosen(why, a, tried)]);
  }

  // 5. Valid UTF-8: the common case, checked natively over the whole file.
  const utf8 = decodeUtf8(bytes);
  if (utf8.invalidCount === 0) return finish(file, bytes.length, utf8, []);

  // 6. UTF-8 with a few broken sequences: keep it and report each one.
  if (utf8.scan && isMostlyUtf8(utf8.scan)) return finish(file, bytes.length, utf8, []);

  // 7. A Chinese legacy encoding, or UTF-16 with no ASCII at all: the best that reads as Chinese.
  const candidates = ["GB18030", "UTF-16LE", "UTF-16BE"]
    .filter((e) => e !== byNuls)
    .map((e) => attempt(e, e.startsWith("UTF-16") ? evenSample : sample));
  const best = candidates.filter(readsAsText).sort((a, b) => b.score.common - a.score.common)[0];
  const why = "no BOM and not UTF-8";
  if (best) return finish(file, bytes.length, decodeAs(best.encoding, bytes), [chosen(why, best, tried)]);

  // 8. Last resort, chardet's guesses (Big5, windows-1252 …), held to the same score: a Latin-1
  // guess must not turn a Chinese page that merely scored low into mojibake.
  for (const guess of chardetGuesses(sample, tried)) {
    const a = attempt(guess.name);
    if (readsAsText(a)) {
      const warning: Message = {
        level: "warning",
        rule: "decode/guessed-encoding",
        message:
          `not UTF-8, GB18030 or UTF-16; decoded as ${guess.name} on chardet's guess ` +
          `(confidence ${guess.confidence}, common-character score ${a.score.common.toFixed(2)}): check the text`,
      };
      return finish(file, bytes.length, decodeAs(guess.name, bytes), [warning]);
    }
  }

  // 9. Nothing reads as text.
  return failure(file, unreadable(sample, nuls.even + nuls.odd, utf8.invalidCount, tried));
}

/** A character cut off by the end of the file (a truncated copy) is not evidence against UTF-8. */
function isMostlyUtf8({ multibyteCount, invalidCount, truncated }: Utf8Scan): boolean {
  const broken = invalidCount - (truncated ? 1 : 0);
  return multibyteCount > 0 && broken <= MOSTLY_UTF8_MAX_INVALID * (multibyteCount + invalidCount);
}

interface Attempt {
  encoding: string;
  score: TextScore;
}

const readsAsText = (a: Attempt): boolean =>
  a.score.common >= MIN_COMMON_SCORE && a.score.bad <= MAX_BAD_SHARE;

const scores = (tried: readonly Attempt[]): string =>
  tried.map((t) => `${t.encoding} ${t.score.common.toFixed(2)}`).join(", ");

function chosen(why: string, a: Attempt, tried: readonly Attempt[]): Message {
  return {
    level: "info",
    rule: "decode/encoding",
    message: `${why}; decoded as ${a.encoding}, the best common-character score (${scores(tried)})`,
  };
}

function chardetGuesses(
  sample: Uint8Array,
  tried: readonly Attempt[],
): { name: string; confidence: number }[] {
  const canonical = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, "");
  const skip = new Set(
    [...tried.map((t) => t.encoding), "UTF-8", "ASCII", "UTF-32LE", "UTF-32BE"].map(canonical),
  );
  return analyse(sample)
    .filter((m) => m.confidence > 0 && !skip.has(canonical(m.name)) && iconv.encodingExists(m.name))
    .slice(0, 3);
}

function unreadable(
  sample: Uint8Array,
  nulCount: number,
  invalidUtf8: number,
  tried: readonly Attempt[],
): string {
  const kb = Math.ceil(sample.length / 1024);
  if (nulCount > 0) {
    return `binary data (${nulCount} NUL bytes in the first ${kb} KB, not laid out as UTF-16)`;
  }
  let controls = 0;
  for (const b of sample) if ((b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f) controls++;
  if (controls > BINARY_MIN_CONTROL * sample.length) {
    return `binary data (${controls} control bytes in the first ${kb} KB)`;
  }
  return (
    `unknown encoding: not UTF-8 (${invalidUtf8} invalid sequences) and no candidate reads as text ` +
    `(common-character scores: ${scores(tried)})`
  );
}

function failure(file: string, problem: string): DecodeResult {
  return { ok: false, error: `${file}: ${problem}` };
}

/** Shared last step: normalise line endings, refuse blank or binary text, attach the messages. */
function finish(file: string, size: number, decoded: Decoded, messages: Message[]): DecodeResult {
  const text = decoded.text.replace(/\r\n?/g, "\n");
  if (!/\S/.test(text)) return failure(file, `contains only whitespace (${size} bytes)`);
  const controls = findControls(text);
  if (controls.nulAt !== -1) {
    const [line] = linesAt(text, [controls.nulAt]);
    return failure(
      file,
      `binary data: NUL character at line ${line} (as ${decoded.encoding}); text has none`,
    );
  }
  if (controls.count > BINARY_MIN_CONTROL * text.length && controls.count > BINARY_MIN_CONTROL_COUNT) {
    return failure(file, `binary data: ${controls.count} control characters in ${text.length}`);
  }
  const out = [...messages, ...invalidMessages(decoded)];
  if (controls.count > 0) {
    const code = text.charCodeAt(controls.firstAt).toString(16).toUpperCase().padStart(4, "0");
    out.push({
      level: "warning",
      rule: "decode/control-char",
      message: `${controls.count} control character(s) kept in the text, the first U+${code}`,
      line: linesAt(text, [controls.firstAt])[0] as number,
    });
  }
  return { ok: true, text, encoding: decoded.encoding, messages: out };
}

/** C0 and C1 controls other than TAB, LF, VT, FF (pdftotext's page break), CR. */
const CONTROL = /[^\P{Cc}\t-\r]/u; // Cc is exactly U+0000–001F and U+007F–009F

function findControls(text: string): { count: number; firstAt: number; nulAt: number } {
  // A native search first: clean text (nearly all of it) never pays for the loop.
  const firstAt = text.search(CONTROL);
  if (firstAt === -1) return { count: 0, firstAt, nulAt: -1 };
  let count = 0;
  for (let i = firstAt; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || (c >= 0x7f && c <= 0x9f)) count++;
  }
  return { count, firstAt, nulAt: text.indexOf("\0", firstAt) };
}
