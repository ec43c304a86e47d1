// The archive search: the query language of src/search with filters (paper, date range, page, kind,
// author), facets and paging. A name alone (?author=董雪) finds that person's articles.
import type { ArticleKind } from "../../model/index.js";
import type { SearchHit, SearchQuery } from "../../search/index.js";
import { badRequest } from "../errors.js";
import type { Settings } from "../settings.js";
import { articleUrlOf, searchUrl } from "../urls.js";
import { searchView } from "../views/search.js";
import { definePage, type QueryParam } from "./define.js";

export interface Facet {
  value: string;
  label: string;
  count: number;
  /** This search with the facet applied (or removed, when selected). */
  url: string;
  selected: boolean;
}

export interface SearchData {
  kind: "search";
  query: {
    q: string;
    paper: string;
    from: string;
    to: string;
    page: string;
    kind: string;
    author: string;
    offset: number;
    limit: number;
    /** Counts asked for exact (?exact=1, where the setting exact_counts allows it). */
    exact: boolean;
  };
  total: number;
  /** Which of total and facets are estimates (very broad queries in a large archive); null: both exact. */
  approximate: { total: boolean; facets: boolean } | null;
  /** This search with exact counts, when its counts are estimates and the setting exact_counts allows it. */
  exactUrl: string | null;
  hits: (SearchHit & { url: string; paperName: string })[];
  facets: { paper: Facet[]; year: Facet[]; page: Facet[] };
  paging: {
    first: string;
    previous: string | null;
    next: string | null;
    pages: { n: number; url: string; current: boolean }[];
  };
  papers: { id: string; name: string }[];
}

const KINDS: readonly ArticleKind[] = ["article", "photo", "toc", "notice", "other"];
const FILTERS = ["paper", "from", "to", "page", "kind", "author"] as const;
// Page links either side of the current one: enough to jump ahead without a wall of numbers on a phone.
const PAGE_LINKS = 4;

export const SEARCH_QUERY: readonly QueryParam[] = [
  {
    name: "q",
    type: "string",
    description: 'words, "quoted phrases", OR, -excluded; empty with author= searches the name',
  },
  { name: "paper", type: "string", description: "paper id, e.g. lcrb" },
  { name: "from", type: "string", description: "first date, YYYY-MM-DD (or YYYY-MM, YYYY)" },
  { name: "to", type: "string", description: "last date, YYYY-MM-DD (or YYYY-MM, YYYY)" },
  { name: "page", type: "integer", description: "page (版次) number" },
  { name: "kind", type: "string", description: KINDS.join(" | ") },
  { name: "author", type: "string", description: "a byline or credit name" },
  { name: "offset", type: "integer", description: "hits to skip (default 0)" },
  { name: "limit", type: "integer", description: "hits per page (default: setting page_size)" },
  {
    name: "exact",
    type: "integer",
    description:
      "1: total and facets exact however many matches (else estimated past 10,000, and said so); only where the setting exact_counts is 1, else 400",
  },
];

function wholeNumber(query: URLSearchParams, name: string, fallback: number, max: number): number {
  const text = query.get(name) ?? "";
  if (text === "") return fallback;
  if (!/^\d{1,9}$/u.test(text))
    throw badRequest(`${name} must be a whole number, not '${text}'`, `参数 ${name} 应为整数`);
  return Math.min(Number(text), max);
}

function readQuery(query: URLSearchParams, settings: Settings): SearchData["query"] {
  const get = (name: string) => (query.get(name) ?? "").trim();
  const kind = get("kind");
  if (kind !== "" && !KINDS.includes(kind as ArticleKind))
    throw badRequest(`kind must be one of ${KINDS.join(", ")}`, `类别应为 ${KINDS.join("、")} 之一`);
  if (get("page") !== "") wholeNumber(query, "page", 0, 9999);
  return {
    q: get("q"),
    paper: get("paper"),
    from: get("from"),
    to: get("to"),
    page: get("page"),
    kind,
    author: get("author"),
    offset: wholeNumber(query, "offset", 0, 100_000),
    limit: Math.max(1, wholeNumber(query, "limit", settings.page_size, settings.max_page_size)),
    exact: readExact(get("exact"), settings),
  };
}

function readExact(text: string, settings: Settings): boolean {
  if (text === "" || text === "0") return false;
  if (text !== "1") throw badRequest(`exact must be 1 or 0, not '${text}'`, "参数 exact 应为 1 或 0");
  if (settings.exact_counts !== 1)
    throw badRequest(
      "exact counts are off on this server (setting exact_counts)",
      "本站未开放精确计数（设置 exact_counts）",
    );
  return true;
}

export const searchRoute = definePage<SearchData>({
  name: "search",
  summary: "Full-text search with filters, highlighted snippets (matches in «» in JSON), facets and paging",
  path: "/search",
  query: SEARCH_QUERY,
  async load(req, { reader, settings }) {
    const query = readQuery(req.query, settings);
    const papers = await reader.papers();
    const names = new Map(papers.map((p) => [p.id, p.name]));
    const q = query.q !== "" ? query.q : query.author;
    const asked: SearchQuery = { q, offset: query.offset, limit: query.limit };
    if (query.paper !== "") asked.paper = query.paper;
    if (query.from !== "") asked.from = query.from;
    if (query.to !== "") asked.to = query.to;
    if (query.page !== "") asked.page = Number(query.page);
    if (query.kind !== "") asked.kind = query.kind as ArticleKind;
    if (query.author !== "") asked.author = query.author;
    if (query.exact) asked.exact = true;
    const result =
      q === "" ? { total: 0, hits: [], facets: { paper: {}, year: {}, page: {} } } : reader.search(asked);
    const base: Record<string, string> = { q: query.q };
    for (const f of FILTERS) base[f] = query[f];
    if (query.limit !== settings.page_size) base.limit = String(query.limit);
    if (query.exact) base.exact = "1";
    const link = (changes: Record<string, string | number>) => searchUrl({ ...base, ...changes });
    const facet = (counts: Record<string, number>, name: "paper" | "page", label: (v: string) => string) =>
      Object.entries(counts)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "en", { numeric: true }))
        .map(([value, count]) => {
          const selected = query[name] === value;
          return {
            value,
            label: label(value),
            count,
            selected,
            url: link({ [name]: selected ? "" : value, offset: "" }),
          };
        });
    const years = Object.entries(result.facets.year)
      .sort((a, b) => b[0].localeCompare(a[0]))
      .map(([value, count]) => {
        const selected = query.from === value && query.to === value;
        return {
          value,
          label: `${value}年`,
          count,
          selected,
          url: link({ from: selected ? "" : value, to: selected ? "" : value, offset: "" }),
        };
      });
    const approximate =
      "approximate" in result && result.approximate !== undefined ? result.approximate : null;
    const { offset, limit } = query;
    const last = Math.max(0, Math.ceil(result.total / limit) - 1);
    const current = Math.floor(offset / limit);
    const pages = [];
    for (let n = Math.max(0, current - PAGE_LINKS); n <= Math.min(last, current + PAGE_LINKS); n++)
      pages.push({ n: n + 1, url: link({ offset: n === 0 ? "" : n * limit }), current: n === current });
    return {
      data: {
        kind: "search",
        query,
        total: result.total,
        approximate,
        exactUrl: approximate !== null && settings.exact_counts === 1 ? link({ exact: 1 }) : null,
        hits: result.hits.map((h) => ({
          ...h,
          url: articleUrlOf(h.id) ?? "",
          paperName: names.get(h.paper) ?? h.paper,
        })),
        facets: {
          paper: facet(result.facets.paper, "paper", (v) => names.get(v) ?? v),
          year: years,
          page: facet(result.facets.page, "page", (v) => `第${v}版`),
        },
        paging: {
          first: link({ offset: "" }),
          previous: offset > 0 ? link({ offset: Math.max(0, offset - limit) || "" }) : null,
          next: offset + limit < result.total ? link({ offset: offset + limit }) : null,
          pages: result.total > limit ? pages : [],
        },
        papers: papers.map((p) => ({ id: p.id, name: p.name })),
      },
      canonical: "/search",
    };
  },
  view: searchView,
});
