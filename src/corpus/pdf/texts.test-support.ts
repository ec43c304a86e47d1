// Test support: the text a reader sees in a page's HTML and in a printed PDF's text layer (pdfjs), and character counts to compare them with a gold.
import { getDocument } from "../../ingest/pdf/pdfjs.js";

/** Every page's text items joined, and the number of pages. */
export async function textLayer(pdf: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  try {
    let text = "";
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      text += content.items.map((item) => ("str" in item ? item.str : "")).join("");
    }
    return { pages: doc.numPages, text };
  } finally {
    await doc.destroy();
  }
}

/** Non-whitespace characters (code points) with their counts. */
export function charCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of text) if (/\S/u.test(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/** Characters of `wanted` that `have` lacks, with how many are missing, e.g. ["日×2"]. */
export function missingChars(wanted: string, have: string): string[] {
  const got = charCounts(have);
  return [...charCounts(wanted)].flatMap(([c, n]) => {
    const short = n - (got.get(c) ?? 0);
    return short > 0 ? [`${c}×${short}`] : [];
  });
}

/** Kangxi radicals (U+2F00–U+2FDF) and CJK radicals supplement (U+2E80–U+2EFF): the look-alikes. */
export function radicalCount(text: string): number {
  return [...text].filter((c) => /[\u2E80-\u2EFF\u2F00-\u2FDF]/u.test(c)).length;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

/** The text of an HTML page as a browser shows it, near enough for counting characters. */
export function htmlText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, "")
    .replace(/<br>/g, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? "");
}
