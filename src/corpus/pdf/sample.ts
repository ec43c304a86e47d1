// The bundled sample page (聊城日报 2025-04-24 p1, test/fixtures/) as a PDF page: its text blocks,
// item by item with their roles, so a parser of the PDF should give the sample's gold.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Article, Page } from "../../model/index.js";
import type { GoldPage } from "../gold.js";
import { rngFor } from "../random.js";
import { arrange } from "./arrange.js";
import { type PdfFont, pageHtml } from "./html.js";
import type { Block, ItemKind, PdfItem, PdfPage } from "./model.js";
import { type PageStyle, VARIANTS } from "./variants.js";

const FIXTURE = "../../../test/fixtures/lcrb-2025-04-24-p01/";
export const SAMPLE_FILE = "lcrb-2025-04-24-p01.pdf";

/** "cont": text continuing a paragraph split by a column break (no indent). */
type Role = Block["kind"] | "cont";

/**
 * The sample text's blocks (separated by blank lines), item by item, in the gold's article order.
 * Block counts and roles are read off the sample: e.g. item 1 is its title, one paragraph with
 * （下转第7版） glued on, and that paragraph's tail printed twice; item 6 has two split paragraphs.
 */
export const SAMPLE_ITEMS: readonly { kind: ItemKind; roles: readonly Role[] }[] = [
  { kind: "article", roles: ["title", "text", "duplicate"] },
  { kind: "article", roles: ["kicker", "title", ...Array<Role>(8).fill("text")] },
  // The photo: its caption, with the credit ■ 孙文辉 at the end of the line.
  { kind: "picture", roles: ["text"] },
  // 高唐 and 临清 are labels printed before the title.
  { kind: "article", roles: ["title", "text", "text", "text"] },
  { kind: "article", roles: ["title", "text", "text", "text"] },
  {
    kind: "article",
    roles: [
      "title",
      "credit",
      "note",
      "text",
      "text",
      "text",
      "text",
      "cont",
      "text",
      "text",
      "cont",
      "text",
      "text",
      "jump",
    ],
  },
  // 今日导读: a head, two entries (the first on two lines) and the page reference 第2版.
  { kind: "toc", roles: ["title", "toc", "toc", "toc"] },
];

/** The sample's page style: five columns, the mixed arrangement; fixed so the PDF stays stable. */
const SAMPLE_STYLE: PageStyle = {
  variant: VARIANTS.find((v) => v.name === "mixed") ?? (VARIANTS[0] as PageStyle["variant"]),
  columns: 5,
  columnWidth: 170,
  gap: 18,
  margin: 32,
  bodySize: 13,
  lineHeight: 1.55,
  titleScale: 1,
  titleAlign: "center",
  rules: true,
};

/** The sample text and its gold (a full Page: kinds, datelines, authors, the toc). */
export function sampleText(): { text: string; gold: Page } {
  const read = (name: string) =>
    readFileSync(fileURLToPath(new URL(FIXTURE + name, import.meta.url)), "utf8");
  const gold = JSON.parse(read("gold.json")) as Page;
  return { text: read("lcrb-2025-04-24-p01.txt"), gold };
}

/** The sample as a PDF page and its gold (the text's gold, under the .pdf file name). */
export function sampleHtml(options: { font: PdfFont; seed?: number }): {
  file: string;
  html: string;
  gold: GoldPage;
} {
  const { text, gold } = sampleText();
  const page = samplePage(text, gold.articles);
  const bands = arrange(page.items, SAMPLE_STYLE, rngFor(options.seed ?? 1, "sample", "pdf:arrange"));
  return {
    file: SAMPLE_FILE,
    html: pageHtml(page, bands, SAMPLE_STYLE, options.font),
    gold: { ...gold, file: SAMPLE_FILE },
  };
}

/** Blocks of the sample text assigned to items by SAMPLE_ITEMS; throws when the counts disagree. */
export function samplePage(text: string, articles: readonly Article[]): PdfPage {
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b !== "");
  const needed = SAMPLE_ITEMS.reduce((n, item) => n + item.roles.length, 0);
  if (blocks.length !== needed || articles.length !== SAMPLE_ITEMS.length) {
    throw new Error(
      `the sample has ${blocks.length} blocks and ${articles.length} articles; SAMPLE_ITEMS expects ${needed} and ${SAMPLE_ITEMS.length}`,
    );
  }
  let next = 0;
  const items = SAMPLE_ITEMS.map(({ kind, roles }, i): PdfItem => {
    const label = articles[i]?.label ?? null;
    const item: PdfItem = { kind, head: [], body: [] };
    for (const role of roles) {
      const text = blocks[next++] as string;
      if (role === "kicker" || role === "title" || role === "subtitle") {
        item.head.push(
          label !== null && role === "title" && text.startsWith(`${label} `)
            ? { kind: role, label, text: text.slice(label.length + 1) }
            : { kind: role, text },
        );
      } else if (role === "cont") item.body.push({ kind: "text", text, indent: false });
      else item.body.push({ kind: role, text, indent: role === "text" });
    }
    return item;
  });
  return { header: null, items };
}
