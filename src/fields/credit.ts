// A credit at the end of a caption: …提升城市品质。 ■ 孙文辉 · …城市品质。（本报记者 张三 摄）
import { INLINE_CREDIT_AT_END, INLINE_PHOTO_CREDIT_AT_END } from "./patterns.js";

// The longest credit the patterns accept is well under this; looking only at the tail keeps end-anchored
// patterns from being tried at every position of a long paragraph (they were 4.5% of parse time).
const TAIL = 80;

/** The credit ending `text` and where it starts, or null. */
export function creditAtEnd(text: string): { credit: string; index: number } | null {
  const offset = Math.max(0, text.length - TAIL);
  const tail = text.slice(offset);
  // Most paragraphs carry no credit: look for the marks before running the patterns.
  const m =
    (tail.includes("■") || tail.includes("□") ? INLINE_CREDIT_AT_END.exec(tail) : null) ??
    (tail.includes("摄") || tail.includes("新华社发") ? INLINE_PHOTO_CREDIT_AT_END.exec(tail) : null);
  const credit = m?.groups?.credit;
  return m && credit ? { credit, index: offset + m.index } : null;
}
