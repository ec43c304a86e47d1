// The page a PDF is printed from: items in reading order, each a headline and body blocks with
// their roles, before a layout places them. Built from a corpus draft (from-draft.ts) or the sample.

export type BlockKind =
  /** 引题, smaller than the title, above it. */
  | "kicker"
  /** 主题; `label` (a place tag such as the sample's 高唐) prints before it in a small box. */
  | "title"
  /** 副题, smaller, below the title. */
  | "subtitle"
  /** Body text; `indent` false when it continues a paragraph (after a cut or a column split). */
  | "text"
  /** A jump line on its own line: （下转第7版） at the foot, （上接第1版） at the head. */
  | "jump"
  /** A fragment printed twice, as overlapping text blocks leave it. */
  | "duplicate"
  /** A credit line on its own, e.g. ■ 李长萍. */
  | "credit"
  /** 编者按 …, set apart from the body. */
  | "note"
  /** A line of a contents box (今日导读). */
  | "toc";

export interface Block {
  kind: BlockKind;
  text: string;
  indent?: boolean;
  /** A jump line glued before the text, as in （上接第1版）本报讯…. */
  prefix?: string;
  /** A jump line glued after the text. */
  suffix?: string;
  /** Only on titles. */
  label?: string;
}

export type ItemKind =
  /** A story: headline, then body text in columns. */
  | "article"
  /** A picture: headline (if any), a grey placeholder, then the caption. */
  | "picture"
  /** An advertisement: a boxed placeholder with its title. */
  | "ad"
  /** A contents box: its head, then entry lines. */
  | "toc";

export interface PdfItem {
  kind: ItemKind;
  /** Kicker, title, subtitle blocks in print order (a toc's head is its title). */
  head: Block[];
  body: Block[];
}

export interface PdfPage {
  /** The page header line, e.g. 人民日报  2019年2月1日  星期五  第1版, or null. */
  header: string | null;
  items: PdfItem[];
}

/** Characters of an item's text, the weight used to size and place it. */
export function itemWeight(item: PdfItem): number {
  return [...item.head, ...item.body].reduce(
    (n, b) => n + b.text.length + (b.prefix?.length ?? 0) + (b.suffix?.length ?? 0),
    0,
  );
}
