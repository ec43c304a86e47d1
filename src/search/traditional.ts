// Traditional → simplified, one character at a time, from OpenCC's own tables (opencc-js).
// Character by character on purpose: OpenCC's phrase rules depend on context, and a substring of a text must
// fold to a substring of the folded text, or a quoted piece of an article could stop finding it.
import { Locale } from "opencc-js";

type DictLike = string | readonly (readonly [string, string])[];

/** The single-character pairs of a group of OpenCC dictionaries; phrase entries are skipped. */
function characterPairs(groups: readonly (readonly DictLike[])[] | undefined): Map<number, number> {
  const pairs = new Map<number, number>();
  const add = (from: string, to: string | undefined) => {
    const source = from.codePointAt(0);
    const target = to?.codePointAt(0);
    if (source === undefined || target === undefined) return;
    if (String.fromCodePoint(source) !== from || String.fromCodePoint(target) !== to) return;
    if (!pairs.has(source)) pairs.set(source, target);
  };
  for (const group of groups ?? []) {
    for (const dict of group) {
      if (typeof dict === "string") {
        // A phrase dictionary (its first entry more than one character) holds no character pairs: skip it
        // rather than split 10,000 phrases at every start-up.
        const first = dict.slice(0, dict.indexOf(" "));
        if (Array.from(first).length !== 1) continue;
        for (const entry of dict.split("|")) {
          const [from, to] = entry.split(" ");
          if (from !== undefined) add(from, to);
        }
      } else {
        for (const [from, to] of dict) add(from, to);
      }
    }
  }
  return pairs;
}

function buildTable(): Map<number, number> {
  // to.cn is OpenCC's TSPhrases + TSCharacters; from.tw / from.hk turn regional variants (裡, 為) into the
  // OpenCC standard forms that TSCharacters knows. A variant is used only when it leads to a conversion, so
  // a simplified character that is also a regional variant (么 → 幺) stays itself.
  const toSimplified = characterPairs(Locale.to.cn);
  const variants = characterPairs([...(Locale.from.tw ?? []), ...(Locale.from.hk ?? [])]);
  const table = new Map<number, number>();
  const candidates = new Set([...toSimplified.keys(), ...variants.keys()]);
  for (const source of candidates) {
    let target = toSimplified.get(source);
    if (target === undefined) {
      const variant = variants.get(source);
      target = variant === undefined ? undefined : toSimplified.get(variant);
    }
    // Run to a fixed point, so that folding twice changes nothing (a few entries chain: A → B → C).
    for (let step = 0; target !== undefined && step < 4; step++) {
      const next = toSimplified.get(target);
      if (next === undefined || next === target) break;
      target = next;
    }
    if (target !== undefined && target !== source) table.set(source, target);
  }
  return table;
}

const TABLE = buildTable();

/** The simplified form of one code point, or the code point itself. */
export function simplifiedOf(codePoint: number): number {
  return TABLE.get(codePoint) ?? codePoint;
}
