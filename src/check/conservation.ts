// Conservation: every non-whitespace input character ends up in an article field or in `removed`.
import type { Article, Page } from "../model/index.js";

const WS = /[\s\u3000\u00a0\ufeff]/u;

/**
 * Character counts: a flat array over the Basic Multilingual Plane (where nearly every character of a
 * page lives) and a map for the rest. Counting was a third of parse time with a map alone.
 */
class CharCounts {
  // One table for the process, cleared after each use through the list of what was touched: allocating
  // and scanning 64K entries a page was a tenth of parse time.
  private static readonly table = new Int32Array(0x10000);
  private readonly bmp = CharCounts.table;
  private readonly touched: number[] = [];
  private readonly other = new Map<string, number>();
  private static readonly whitespace = (() => {
    const table = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if (WS.test(String.fromCharCode(c))) table[c] = 1;
    return table;
  })();

  add(text: string, sign: 1 | -1): void {
    const ws = CharCounts.whitespace;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const pair = text.slice(i, i + 2);
        this.other.set(pair, (this.other.get(pair) ?? 0) + sign);
        i++;
        continue;
      }
      if (ws[c] !== 0) continue;
      if (this.bmp[c] === 0) this.touched.push(c);
      (this.bmp[c] as number) += sign;
    }
  }

  /** What is left over, and the shared table cleared for the next page. */
  drain(): [string, number][] {
    const out: [string, number][] = [];
    for (const c of this.touched) {
      // A character touched twice is reported at its first visit; the cleared entry reads 0 after.
      const n = this.bmp[c] as number;
      if (n !== 0) out.push([String.fromCharCode(c), n]);
      this.bmp[c] = 0;
    }
    for (const [ch, n] of this.other) if (n !== 0) out.push([ch, n]);
    return out;
  }
}

/** Every string of an article that holds printed text. */
export function articleTexts(a: Article): string[] {
  const texts: (string | null | undefined)[] = [
    a.label,
    a.kicker,
    a.title,
    a.subtitle,
    a.dateline?.text,
    a.editorNoteLabel,
    a.editorNote,
    ...(a.credits ?? []),
    ...a.paragraphs,
  ];
  for (const e of a.toc ?? [])
    texts.push((e as { text?: string }).text ?? [e.kicker, e.title, e.subtitle].join(""));
  return texts.filter((t): t is string => typeof t === "string");
}

export interface Imbalance {
  /** Characters in the input that are nowhere in the output (count > 0), or the reverse (count < 0). */
  chars: [string, number][];
}

/** The multiset difference input − output over non-whitespace characters; empty when nothing was lost. */
export function conservation(input: string, page: Page): Imbalance {
  const counts = new CharCounts();
  counts.add(input, 1);
  for (const a of page.articles) for (const t of articleTexts(a)) counts.add(t, -1);
  for (const r of page.removed) counts.add(r.text, -1);
  return { chars: counts.drain() };
}
