// Conservation: every non-whitespace input character ends up in an article field or in `removed`.
import type { Article, Page } from "../model/index.js";

const WS = /[\s\u3000\u00a0\ufeff]/u;

function countChars(into: Map<string, number>, text: string, sign: 1 | -1): void {
  for (const ch of text) {
    if (WS.test(ch)) continue;
    into.set(ch, (into.get(ch) ?? 0) + sign);
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
  const counts = new Map<string, number>();
  countChars(counts, input, 1);
  for (const a of page.articles) for (const t of articleTexts(a)) countChars(counts, t, -1);
  for (const r of page.removed) countChars(counts, r.text, -1);
  const chars = [...counts].filter(([, n]) => n !== 0);
  return { chars };
}
