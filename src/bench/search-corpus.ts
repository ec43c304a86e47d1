// Synthetic articles for the search benchmark, spliced at run time from the dev corpus (never stored):
// each takes a corpus article's title and body length, paragraphs drawn from any article, made-up authors
// and a unique serial token, so no two articles are the same. Dates run forward, as an archive is ingested.
import type { CorpusPage } from "../corpus/index.js";
import { mulberry32, type Rng } from "../corpus/random.js";
import type { SearchDoc } from "../search/index.js";

export interface Source {
  titles: string[];
  paragraphs: string[];
  /** Body lengths of the corpus's articles, in characters: the synthetic bodies follow this distribution. */
  lengths: number[];
}

// A paragraph of prose ends a sentence. The others (subheadings, call-outs, credits: 818 of the dev corpus's 5,135
// paragraphs of 4 characters or more) are left out of synthetic bodies: set among unrelated paragraphs, the parser
// rightly reads many of them as headlines, and one synthetic article became 1.37 stored ones, of ~607 characters
// on average instead of the corpus's 1,186.
const PROSE_END = /[。！？!?…”’」』]$/u;

export function sourceOf(corpus: readonly CorpusPage[]): Source {
  const source: Source = { titles: [], paragraphs: [], lengths: [] };
  for (const page of corpus) {
    for (const a of page.articles) {
      const body = a.body.trim();
      if (a.title.trim() === "" || body === "") continue;
      source.titles.push([a.kicker, a.title, a.subtitle].filter(Boolean).join(" "));
      source.lengths.push(body.length);
      for (const p of body.split("\n")) {
        const text = p.trim();
        if (text.length >= 4 && PROSE_END.test(text)) source.paragraphs.push(text);
      }
    }
  }
  return source;
}

// Bodies were capped at 12 paragraphs until session 7, which cut the corpus's long features short (mean 830
// characters against 1,186); this only guards against a source of tiny paragraphs.
const MAX_PARAGRAPHS = 200;

/**
 * Paragraphs drawn from any article until the body is as long as a corpus article's, drawn at random: it ends at the
 * paragraph break nearest that length (at least one paragraph), so that the bodies' mean is the corpus's.
 */
export function bodyParagraphs(source: Source, rng: Rng): string[] {
  const target = rng.pick(source.lengths);
  const paragraphs: string[] = [];
  for (let length = 0; length < target && paragraphs.length < MAX_PARAGRAPHS; ) {
    const p = rng.pick(source.paragraphs);
    if (paragraphs.length > 0 && length + p.length - target > target - length) break;
    paragraphs.push(p);
    length += p.length;
  }
  return paragraphs;
}

const PAPERS = ["lcrb", "rmrb", "gmrb", "jjrb", "kmrb"];
// Made-up names: a surname and one or two given-name characters.
const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰";
const FIRST_DAY = Date.UTC(2010, 0, 1);
const DAY_MS = 86_400_000;

function name(rng: Rng): string {
  const given = rng.chance(0.6) ? 2 : 1;
  let s = rng.pick([...SURNAMES]);
  for (let i = 0; i < given; i++) s += rng.pick([...GIVEN]);
  return s;
}

/** `count` articles spread over `days` days from 2010-01-01, in date order; deterministic per seed. */
export function* synthesize(source: Source, count: number, days: number, seed = 1): Generator<SearchDoc> {
  const rng = mulberry32(seed);
  for (let i = 0; i < count; i++) {
    const day = Math.floor((i * days) / count);
    const date = new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);
    const paper = PAPERS[i % PAPERS.length] as string;
    const page = rng.int(1, 16);
    const paragraphs = bodyParagraphs(source, rng);
    paragraphs.push(`（稿号 BM${i.toString(36).toUpperCase()}）`);
    const title = rng.pick(source.titles);
    const r = rng.next();
    yield {
      id: `${paper}-${date}-a-p${String(page).padStart(2, "0")}-a${i}`,
      paper,
      date,
      page,
      kind: r < 0.9 ? "article" : r < 0.95 ? "photo" : r < 0.98 ? "notice" : "other",
      title,
      headline: title,
      body: paragraphs.join("\n"),
      authors: Array.from({ length: rng.int(0, 2) }, () => name(rng)),
    };
  }
}
