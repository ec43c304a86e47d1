// How much a decoded sample looks like real text, so the decoder can choose between candidate
// encodings. A wrong decoding still yields valid characters, but rare ones, scattered at random.
import iconv from "iconv-lite";

/**
 * Where the characters newspapers use all the time live: every GB2312 symbol and hanzi (6,763,
 * simplified) and Big5's symbols and level-1 hanzi (5,401, traditional). Real pages score ~1.0;
 * the same bytes read in a wrong CJK encoding hit a common character a third of the time or less.
 */
const COMMON_RANGES: readonly { encoding: string; leads: [number, number]; trails: [number, number][] }[] = [
  { encoding: "gbk", leads: [0xa1, 0xa3], trails: [[0xa1, 0xfe]] }, // 、。“”《》■ ０-９ Ａ-Ｚ
  { encoding: "gbk", leads: [0xb0, 0xf7], trails: [[0xa1, 0xfe]] }, // 啊 … 齄
  // ，。「」 then 一 … 鼇 (Big5 A140–C67E)
  {
    encoding: "big5",
    leads: [0xa1, 0xc6],
    trails: [
      [0x40, 0x7e],
      [0xa1, 0xfe],
    ],
  },
];

/** Latin letters with accents (é, ü, ñ) count as common too, for chardet's single-byte guesses. */
const LATIN_LETTERS: [number, number] = [0xc0, 0x17f];

const PRIVATE_USE = /\p{Co}/u;
/** Controls, unpaired surrogates, private use, unassigned, U+FFFD: never in a real page. */
const BAD = /[\p{Cc}\p{Cs}\p{Co}\p{Cn}\uFFFD]/u;
const HAN = /\p{Script=Han}/u;

function buildCommonSet(): ReadonlySet<number> {
  const set = new Set<number>();
  for (const { encoding, leads, trails } of COMMON_RANGES) {
    const pairs: number[] = [];
    for (let lead = leads[0]; lead <= leads[1]; lead++) {
      for (const [lo, hi] of trails) for (let t = lo; t <= hi; t++) pairs.push(lead, t);
    }
    for (const ch of iconv.decode(Uint8Array.from(pairs), encoding)) {
      const cp = ch.codePointAt(0) as number;
      if (cp > 0x7f && cp !== 0xfffd && !PRIVATE_USE.test(ch)) set.add(cp);
    }
  }
  // × and ÷ sit among the letters but are symbols.
  for (let cp = LATIN_LETTERS[0]; cp <= LATIN_LETTERS[1]; cp++) if (cp !== 0xd7 && cp !== 0xf7) set.add(cp);
  return set;
}

const COMMON = buildCommonSet();

export interface TextScore {
  /** Weighted share of common characters among those counted: 1 common, ½ rare hanzi, ¼ other, 0 bad. */
  common: number;
  /** Share of counted characters that never appear in text (controls, U+FFFD, private use). */
  bad: number;
  /** Characters weighed: all but ASCII printables and whitespace. */
  counted: number;
}

/**
 * Scores a decoded sample. ASCII printables and whitespace are left out: the candidate encodings
 * mostly decode them alike, so they would only dilute the difference.
 */
export function scoreText(sample: string): TextScore {
  let counted = 0;
  let weight = 0;
  let bad = 0;
  for (const ch of sample) {
    const cp = ch.codePointAt(0) as number;
    if ((cp >= 0x20 && cp <= 0x7e) || (cp >= 0x09 && cp <= 0x0d) || cp === 0x3000 || cp === 0xa0) continue;
    counted++;
    if (COMMON.has(cp)) weight += 1;
    else if (BAD.test(ch)) bad++;
    else if (HAN.test(ch)) weight += 0.5;
    else weight += 0.25;
  }
  if (counted === 0) return { common: 1, bad: 0, counted };
  return { common: weight / counted, bad: bad / counted, counted };
}
