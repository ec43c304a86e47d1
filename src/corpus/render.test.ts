import { describe, expect, it } from "vitest";
import type { GoldPage } from "./gold.js";
import { keptParagraphs } from "./jump-cut.js";
import { LAYOUTS } from "./layouts.js";
import { type CorpusArticle, type CorpusPage, corpusPath, loadCorpus } from "./load.js";
import { type Rendering, renderCorpus, renderPage } from "./render.js";

/** What the gold accounts for: headlines, paragraphs and removed text. */
function goldText(gold: GoldPage): string {
  const articles = gold.articles.flatMap((a) => [
    a.kicker ?? "",
    a.title ?? "",
    a.subtitle ?? "",
    ...a.paragraphs,
  ]);
  return [...articles, ...gold.removed.map((r) => r.text)].join("");
}

/** "" when both hold the same non-whitespace characters as often; else what differs. */
function charDiff(text: string, gold: string): string {
  const counts = new Map<string, number>();
  for (const ch of text.replace(/\s/gu, "")) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  for (const ch of gold.replace(/\s/gu, "")) counts.set(ch, (counts.get(ch) ?? 0) - 1);
  return [...counts]
    .filter(([, n]) => n !== 0)
    .map(([ch, n]) => `${ch}${n > 0 ? `+${n} (text only)` : `${n} (gold only)`}`)
    .join(", ");
}

const JUMP_OUT = /^（(?:下转|转)第(\d+|[一二三四五六七八九十]+)版）$/u;
const JUMP_IN = /^（上接第(\d+|[一二三四五六七八九十]+)版）$/u;
const NUMERALS = "一二三四五六七八九";
function pageOf(numeral: string): number {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  const [tens, ones] = numeral.includes("十") ? numeral.split("十") : ["", numeral];
  const digit = (s: string | undefined): number => NUMERALS.indexOf(s ?? "") + 1;
  return numeral.includes("十") ? (tens === "" ? 1 : digit(tens)) * 10 + digit(ones) : digit(ones);
}

// Made-up articles in the corpus format.
const STORY: CorpusArticle = {
  order: 1,
  kicker: "一线见闻",
  title: "书香小镇夜读忙（走基层）",
  subtitle: "——记一座小镇图书馆的夜晚",
  author: null,
  body: [
    "本报某地5月6日电\u00a0（记者甲乙）镇上的图书馆延长了开放时间，晚上也有不少学生来自习。",
    "\u00a0",
    "管理员说，座位常常不够用，镇里正在筹划扩建阅览室，预计年底完工，届时可以多容纳一百多人同时阅读。",
    "志愿者轮流值守到深夜，帮读者找书、办证，还组织了每周一次的读书分享会，吸引了不少附近村民。",
    "“以前晚上没地方去，现在有了好去处。”一位读者说。",
  ].join("\n"),
  jumpRole: "start",
  alsoListedOnPages: [4],
};
const START: CorpusPage = {
  paper: "某某日报",
  date: "2024-05-06",
  page: 1,
  pageName: null,
  pagesInIssue: 8,
  articles: [
    STORY,
    { ...STORY, order: 2, kicker: null, subtitle: null, title: "广告", body: "", jumpRole: null },
  ],
};
const CONTINUATION: CorpusPage = {
  ...START,
  page: 4,
  articles: [{ ...STORY, jumpRole: "continuation", alsoListedOnPages: [1] }],
};

describe("renderPage on a made-up page", () => {
  it("names the file and fills the page fields", () => {
    const { file, gold } = renderPage(START, { layout: "blocks", seed: 1 });
    expect(file).toBe("rmrb-2024-05-06-p01.txt");
    expect(gold).toMatchObject({
      file,
      paper: "某某日报",
      date: "2024-05-06",
      page: 1,
      pageName: null,
      messages: [],
    });
  });

  it("gives gold articles only the fields the corpus knows", () => {
    const { gold } = renderPage(START, { layout: "indented", seed: 2 });
    for (const article of gold.articles) {
      expect(Object.keys(article).sort()).toEqual(
        ["continuedFrom", "continuesOn", "kicker", "paragraphs", "subtitle", "title"].sort(),
      );
    }
    expect(gold.articles[1]).toEqual({
      kicker: null,
      title: "广告",
      subtitle: null,
      paragraphs: [],
      continuesOn: null,
      continuedFrom: null,
    });
  });

  it("cuts the story in the same place on both pages, whatever the seeds", () => {
    const whole = keptParagraphs(STORY.body).join("");
    for (let seed = 0; seed < 20; seed++) {
      const head = renderPage(START, { layout: LAYOUTS[seed % 3] ?? "blocks", seed }).gold.articles[0];
      const tail = renderPage(CONTINUATION, { layout: "wrapped", seed: seed + 100 }).gold.articles[0];
      expect(head?.continuesOn).toBe(4);
      expect(tail?.continuedFrom).toBe(1);
      expect(`${head?.paragraphs.join("")}${tail?.paragraphs.join("")}`).toBe(whole);
    }
  });

  it("accounts for every printed character", () => {
    for (const page of [START, CONTINUATION]) {
      for (const layout of LAYOUTS) {
        for (let seed = 0; seed < 10; seed++) {
          const { text, gold } = renderPage(page, { layout, seed });
          expect(charDiff(text, goldText(gold))).toBe("");
        }
      }
    }
  });
});

// The real corpus is research-use only and lives outside the repository; without it these
// tests are skipped locally, but CI must have it.
const path = corpusPath();
const skip = path === null && !process.env.CI;
const SEEDS = [1, 2, 3];
const SUITE = skip
  ? "renderCorpus on the dev corpus — skipped: ../shared/corpus absent (set BANMIAN_CORPUS)"
  : "renderCorpus on the dev corpus";

describe.skipIf(skip)(SUITE, () => {
  const pages = path === null ? [] : loadCorpus(path);
  const renderings = new Map<string, Rendering[]>();
  for (const layout of LAYOUTS)
    for (const seed of SEEDS) renderings.set(`${layout}/${seed}`, renderCorpus(pages, layout, seed));
  const all = [...renderings.values()].flat();

  it("finds the corpus", () => {
    expect(path, "CI needs the corpus at ../shared/corpus or $BANMIAN_CORPUS").not.toBeNull();
    expect(pages).toHaveLength(96);
  });

  it("accounts for every non-whitespace character exactly once (96 pages × 3 layouts × 3 seeds)", () => {
    const failures = all
      .map((r) => ({ file: r.file, diff: charDiff(r.text, goldText(r.gold)) }))
      .filter((f) => f.diff !== "");
    expect(failures).toEqual([]);
  });

  it("is deterministic, and the seed matters", () => {
    for (const layout of LAYOUTS) {
      expect(renderCorpus(pages, layout, 1)).toEqual(renderings.get(`${layout}/1`));
      const [a, b] = [renderings.get(`${layout}/1`) ?? [], renderings.get(`${layout}/2`) ?? []];
      expect(a.filter((r, i) => r.text !== b[i]?.text).length).toBeGreaterThan(48);
    }
  });

  it("keeps corpus headlines and paragraphs, skipping blank paragraphs", () => {
    for (const r of renderings.get("blocks/1") ?? []) {
      const page = pages.find((p) => r.gold.date === p.date && r.gold.page === p.page);
      page?.articles.forEach((article, i) => {
        const gold = r.gold.articles[i];
        if (article.jumpRole === "continuation") {
          expect(article.title.startsWith(gold?.title ?? "")).toBe(true);
          expect([gold?.kicker, gold?.subtitle]).toEqual([null, null]);
          return;
        }
        expect([gold?.kicker, gold?.title, gold?.subtitle]).toEqual([
          article.kicker,
          article.title,
          article.subtitle,
        ]);
        if (article.jumpRole === null) expect(gold?.paragraphs).toEqual(keptParagraphs(article.body));
      });
    }
  });

  it("cuts each jumped story once: head + tail = whole body", () => {
    const byFile = new Map(
      (renderings.get("wrapped/1") ?? []).map((r) => [`${r.gold.date}/${r.gold.page}`, r]),
    );
    const other = new Map(
      (renderings.get("indented/3") ?? []).map((r) => [`${r.gold.date}/${r.gold.page}`, r]),
    );
    let stories = 0;
    for (const page of pages) {
      page.articles.forEach((article, i) => {
        const to = article.alsoListedOnPages[0];
        if (article.jumpRole !== "start" || to === undefined) return;
        const continuation = pages.find((p) => p.date === page.date && p.page === to);
        const j = continuation?.articles.findIndex(
          (a) => a.jumpRole === "continuation" && a.title === article.title,
        );
        const head = byFile.get(`${page.date}/${page.page}`)?.gold.articles[i];
        const tail = other.get(`${page.date}/${to}`)?.gold.articles[j ?? -1];
        expect(head?.continuesOn).toBe(to);
        expect(tail?.continuedFrom).toBe(page.page);
        const joined = [...(head?.paragraphs ?? []), ...(tail?.paragraphs ?? [])]
          .join("")
          .replace(/\s/gu, "");
        expect(joined).toBe(keptParagraphs(article.body).join("").replace(/\s/gu, ""));
        expect(head?.paragraphs.length).toBeGreaterThan(0);
        expect(tail?.paragraphs.length).toBeGreaterThan(0);
        stories++;
      });
    }
    expect(stories).toBe(15);
  });

  it("prints jump lines as specified, in varied forms and places", () => {
    const forms = new Set<string>();
    const places = new Set<string>();
    for (const r of all) {
      const lines = r.text.split("\n").map((l) => l.trim());
      const jumps = r.gold.removed.filter((x) => x.reason === "jump").map((x) => x.text);
      const outs = r.gold.articles.filter((a) => a.continuesOn !== null);
      const ins = r.gold.articles.filter((a) => a.continuedFrom !== null);
      expect(jumps).toHaveLength(outs.length + ins.length);
      for (const jump of jumps) {
        const out = JUMP_OUT.exec(jump);
        const into = JUMP_IN.exec(jump);
        expect(out ?? into, jump).not.toBeNull();
        const page = pageOf((out ?? into)?.[1] ?? "");
        if (out) expect(outs.map((a) => a.continuesOn)).toContain(page);
        if (into) expect(ins.map((a) => a.continuedFrom)).toContain(page);
        forms.add(jump.replace(/\d+/u, "N").replace(/[一二三四五六七八九十]+/u, "中"));
        const own = lines.includes(jump);
        const glued = out
          ? lines.some((l) => l.endsWith(jump) && l !== jump)
          : lines.some((l) => l.startsWith(jump) && l !== jump);
        expect(own || glued, `${r.file}: ${jump}`).toBe(true);
        places.add(`${out ? "out" : "in"} ${own ? "own line" : "glued"}`);
      }
    }
    expect([...forms].sort()).toEqual(
      [
        "（上接第N版）",
        "（上接第中版）",
        "（下转第N版）",
        "（下转第中版）",
        "（转第N版）",
        "（转第中版）",
      ].sort(),
    );
    expect(places.size).toBe(4);
  });

  it("records headers and duplicates as printed", () => {
    let headers = 0;
    let duplicates = 0;
    for (const r of all) {
      const flat = r.text.replace(/\s/gu, "");
      for (const removal of r.gold.removed) {
        expect(flat).toContain(removal.text.replace(/\s/gu, ""));
        if (removal.reason === "header") {
          headers++;
          expect(r.text.trimStart().startsWith(removal.text)).toBe(true);
        }
        if (removal.reason === "duplicate") {
          duplicates++;
          expect(removal.text.replace(/\s/gu, "").length).toBeGreaterThanOrEqual(10);
        }
      }
    }
    // About a third of pages have a header; about half are damaged, some with duplicates.
    expect(headers / all.length).toBeGreaterThan(0.2);
    expect(headers / all.length).toBeLessThan(0.45);
    expect(duplicates).toBeGreaterThan(all.length / 8);
  });
});
