// Page metadata from where a file sits. Two documented layouts: a tree <paper>/<YYYY-MM-DD>/p<NN>.txt
// (examples/lcrb/2025-04-24/p01.txt) and flat names <paper>-<YYYY-MM-DD>-p<NN>.txt (lcrb-2025-04-24-p01.txt);
// .pdf pages alike. A date folder holding p<NN> files tells date and page even when its parent is no paper id.
import { parseFileName, parseIsoDate } from "../meta/index.js";
import type { SourceMeta } from "./sources.js";

/** p01.txt · p1.txt · P07.TXT · p03.pdf */
const TREE_PAGE = /^p(\d{1,3})\.(?:txt|pdf)$/iu;
/** A folder named as a paper id: lcrb. */
const TREE_PAPER = /^[a-z][a-z0-9]{0,15}$/iu;

/** What the path says; the file-name convention wins over the tree when both apply. Pure. */
export function metaFromPath(path: string): SourceMeta {
  const parts = path.split(/[\\/]/u).filter((p) => p !== "");
  const [file, date, paper] = parts.slice(-3).reverse();
  const meta: SourceMeta = {};
  const page = file === undefined ? undefined : TREE_PAGE.exec(file)?.[1];
  const iso = date === undefined ? null : parseIsoDate(date);
  if (page !== undefined && iso !== null) {
    if (paper !== undefined && TREE_PAPER.test(paper)) meta.paper = paper.toLowerCase();
    meta.date = iso;
    meta.page = Number(page);
  }
  const named = parseFileName(path).meta;
  if (named.paperId) meta.paper = named.paperId;
  if (named.date) meta.date = named.date;
  if (named.page) meta.page = named.page;
  return meta;
}
