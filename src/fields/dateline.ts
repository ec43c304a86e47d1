// The dateline and byline that open a body: 新华社北京4月23日电（记者 董雪 冯欽然） · 本报讯（记者 邹辉 通讯员 朱真）
import type { Author, Dateline } from "../model/index.js";
import { parseByline } from "./byline.js";
import { BYLINE_AFTER_DATELINE, DATELINE } from "./patterns.js";

export interface DatelineRead {
  dateline: Dateline;
  /** The byline exactly as printed, with its brackets, or null. */
  byline: string | null;
  authors: Author[];
  /** The paragraph after dateline and byline. */
  rest: string;
}

export function readDateline(paragraph: string): DatelineRead | null {
  const m = DATELINE.exec(paragraph);
  const g = m?.groups;
  if (!m || !g?.text) return null;
  const dateline: Dateline = {
    source: g.source ?? null,
    place: g.place && g.place.length > 0 ? g.place : null,
    date: g.date ?? null,
    text: g.text,
  };
  let rest = paragraph.slice(g.text.length);
  let byline: string | null = null;
  let authors: Author[] = [];
  const b = BYLINE_AFTER_DATELINE.exec(rest);
  if (b?.groups?.text && b.groups.inner) {
    const parsed = parseByline(b.groups.inner, "reporter");
    // Only a bracket that names people is a byline; （2月1日） or （完） is not.
    if (parsed.length > 0) {
      byline = b.groups.text;
      authors = parsed;
      rest = rest.slice(b[0].length);
    }
  }
  return { dateline, byline, authors, rest: rest.replace(/^[\s\u3000\u00a0]+/u, "") };
}
