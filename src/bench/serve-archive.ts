// An archive of N synthetic articles for `npm run bench:serve`, spliced at run time from the dev corpus (never
// stored): whole issues of 8 pages × 8 articles over 5 papers, each p1 lead story jumping to p2, stored
// through the archive's own ingest (raw bytes, versions, issue links, search index) as `banmian ingest` does.

import { mulberry32, type Rng } from "../corpus/random.js";
import { linkIssue } from "../link/index.js";
import { type Article, emptyArticle, type Page } from "../model/index.js";
import type { IssueInput, PageInput } from "../store/index.js";
import type { SqliteArchiveStore } from "../store/sqlite/index.js";
import { bodyParagraphs, type Source } from "./search-corpus.js";

const PAPERS = ["lcrb", "rmrb", "gmrb", "jjrb", "bjrb"];
const PAGE_NAMES = ["要闻", "综合", "经济", "社会", "文化", "国际", "体育", "副刊"];
export const PAGES_PER_ISSUE = 8;
export const ARTICLES_PER_PAGE = 8;
const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰";
const FIRST_DAY = Date.UTC(2015, 0, 1);

function person(rng: Rng): string {
  let s = rng.pick([...SURNAMES]);
  for (let i = rng.chance(0.6) ? 2 : 1; i > 0; i--) s += rng.pick([...GIVEN]);
  return s;
}

function article(source: Source, rng: Rng, serial: number, title: string): Article {
  const name = person(rng);
  const paragraphs = bodyParagraphs(source, rng);
  paragraphs.push(`（稿号 BM${serial.toString(36).toUpperCase()}）`);
  return {
    ...emptyArticle(),
    title,
    dateline: { source: "本报", place: null, date: null, text: "本报讯" },
    authors: [{ name, role: "reporter" }],
    credits: [`（记者 ${name}）`],
    paragraphs,
  };
}

function pageOf(paper: string, date: string, page: number, articles: Article[]): PageInput {
  const file = `${paper}-${date}-p${String(page).padStart(2, "0")}.txt`;
  const parsed: Page = {
    file,
    paper,
    paperId: paper,
    date,
    page,
    pageName: PAGE_NAMES[page - 1] ?? null,
    articles: articles.map((a, i) => ({ ...a, id: `a${String(i + 1).padStart(2, "0")}` })),
    removed: [],
    messages: [],
  };
  return { page, pageName: parsed.pageName, file, raw: new TextEncoder().encode(pageText(articles)), parsed };
}

/**
 * The page as text the parser reads back (bench:ingest): each article its headline, a jump-in line, the dateline and
 * byline opening its first paragraph, the rest, and a jump-out line.
 */
function pageText(articles: readonly Article[]): string {
  const blocks = articles.map((a) => {
    const [first = "", ...rest] = a.paragraphs;
    const byline = a.dateline === null ? "" : `${a.dateline.text}（记者 ${a.authors[0]?.name ?? ""}）`;
    return [
      a.title,
      ...(a.continuedFrom === null ? [] : [`（上接第${a.continuedFrom}版）`]),
      `${byline}${first}`,
      ...rest,
      ...(a.continuesOn === null ? [] : [`（下转第${a.continuesOn}版）`]),
    ].join("\n\n");
  });
  return `${blocks.join("\n\n")}\n`;
}

// Issues per transaction: 128 × 64 = 8,192 articles, about the batch bench:search measures with (a bulk load).
const ISSUES_PER_WRITE = 128;

/** Stores about `count` articles (whole issues) in `store`; calls `progress` after each write. */
export async function buildServeArchive(
  store: Pick<SqliteArchiveStore, "ingestIssues">,
  source: Source,
  count: number,
  progress: (articles: number) => void,
): Promise<number> {
  let batch: IssueInput[] = [];
  let articles = 0;
  for (const issue of synthIssues(source, count)) {
    batch.push(issue);
    articles += issue.pages.reduce((n, p) => n + p.parsed.articles.length, 0);
    if (batch.length === ISSUES_PER_WRITE || articles >= count) {
      await store.ingestIssues(batch, linkIssue);
      batch = [];
      progress(articles);
    }
  }
  if (batch.length > 0) await store.ingestIssues(batch, linkIssue);
  return articles;
}

/**
 * Whole issues of about `count` articles in all (the last issue complete), in date order over five papers:
 * 8 pages × 8 articles, each p1 lead story jumping to p2.
 */
export function* synthIssues(source: Source, count: number): Generator<IssueInput> {
  const rng = mulberry32(11);
  let serial = 0;
  for (let issue = 0; serial < count; issue++) {
    const paper = PAPERS[issue % PAPERS.length] as string;
    const date = new Date(FIRST_DAY + Math.floor(issue / PAPERS.length) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const pages: PageInput[] = [];
    let lead: Article | null = null;
    for (let p = 1; p <= PAGES_PER_ISSUE; p++) {
      const list: Article[] = [];
      for (let a = 0; a < ARTICLES_PER_PAGE; a++)
        list.push(article(source, rng, serial++, rng.pick(source.titles)));
      // The lead story jumps: its head on p1, its tail (same headline, 上接第1版) on p2.
      if (p === 1 && list[0]) lead = list[0] = { ...list[0], continuesOn: 2 };
      if (p === 2 && list[0] && lead)
        list[0] = { ...list[0], title: lead.title, dateline: null, continuedFrom: 1 };
      pages.push(pageOf(paper, date, p, list));
    }
    yield { paper, date, edition: "a", paperName: null, pages };
  }
}
