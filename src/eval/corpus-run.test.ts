// Scoring PDF renderings without chromium: made-up one-page PDFs (Helvetica, ASCII) stand in for printed
// corpus pages; what is checked is the plumbing (pairing, variants, warnings), not the parser's quality.
import { describe, expect, it } from "vitest";
import { minimalPdf } from "../ingest/pdf/minimal-pdf.test-support.js";
import { emptyArticle } from "../model/index.js";
import { scorePdfRenderings, splitRun, variantReports } from "./corpus-run.js";

const BODY = "Body text set small, the first line of a paragraph.";
const pdfPage = (title: string) => ({
  lines: [
    { text: title, x: 72, y: 760, size: 24 },
    { text: BODY, x: 72, y: 720 },
  ],
});
const gold = (file: string, title: string) => ({
  file,
  paper: null,
  date: null,
  page: null,
  pageName: null,
  removed: [],
  messages: [],
  articles: [{ ...emptyArticle(), title, paragraphs: [BODY] }],
});
const rendering = (file: string, variant: string, title: string, pdf = minimalPdf([pdfPage(title)])) => ({
  file,
  variant,
  pdf,
  gold: gold(file, title),
});

describe("scorePdfRenderings", () => {
  it("parses each PDF, pairs it with its gold and records each page's arrangement", async () => {
    const run = await scorePdfRenderings(
      [
        rendering("x-2020-01-01-p01.pdf", "stacked", "RIVER PARK OPENS"),
        rendering("x-2020-01-01-p02.pdf", "mixed", "OLD STREET REOPENS"),
        rendering("x-2020-01-01-p03.pdf", "stacked", "NEW BRIDGE"),
      ],
      7,
    );
    expect(run).toMatchObject({ layout: "pdf", seed: 7 });
    expect(run.report.warnings).toEqual([]);
    expect(run.predicted.map((p) => p.file)).toEqual([
      "x-2020-01-01-p01.pdf",
      "x-2020-01-01-p02.pdf",
      "x-2020-01-01-p03.pdf",
    ]);
    expect(run.report.totals.fields.title).toEqual({ correct: 3, total: 3 });
    expect(run.variants).toEqual({
      "x-2020-01-01-p01.pdf": "stacked",
      "x-2020-01-01-p02.pdf": "mixed",
      "x-2020-01-01-p03.pdf": "stacked",
    });
    // Arrangements in VARIANTS order, counts adding up to the run's.
    const groups = variantReports(run);
    expect(groups.map((g) => [g.name, g.report.pages.length])).toEqual([
      ["stacked", 2],
      ["mixed", 1],
    ]);
    const gold = groups.reduce((n, g) => n + g.report.totals.articles.gold, 0);
    expect(gold).toBe(run.report.totals.articles.gold);
  });

  it("scores an unreadable PDF as fully missed, and a PDF of two pages by its first, each with a warning", async () => {
    const broken = minimalPdf([pdfPage("LOST")]).slice(0, 20);
    const two = minimalPdf([pdfPage("FIRST"), pdfPage("SECOND")]);
    const run = await scorePdfRenderings(
      [rendering("broken.pdf", "mixed", "LOST", broken), rendering("two.pdf", "mixed", "FIRST", two)],
      1,
    );
    expect(run.report.pages.map((p) => [p.file, p.predicted])).toEqual([
      ["broken.pdf", false],
      ["two.pdf", true],
    ]);
    expect(run.report.warnings).toEqual([
      expect.stringMatching(/^broken\.pdf: not a readable PDF/u),
      "two.pdf: printed on 2 PDF pages; the first is scored",
      "gold broken.pdf: no prediction, scored as fully missed",
    ]);
    expect(run.report.totals.fields.title).toEqual({ correct: 1, total: 2 });
  });
});

describe("splitRun", () => {
  it("groups pages by name in first-seen order, unnamed pages under other", async () => {
    const run = await scorePdfRenderings(
      [
        rendering("a.pdf", "mixed", "ONE"),
        rendering("b.pdf", "mixed", "TWO"),
        rendering("c.pdf", "x", "THREE"),
      ],
      1,
    );
    const groups = splitRun(run, (file) => (file === "c.pdf" ? undefined : "ab"));
    expect(groups.map((g) => [g.name, g.report.pages.map((p) => p.file)])).toEqual([
      ["ab", ["a.pdf", "b.pdf"]],
      ["other", ["c.pdf"]],
    ]);
    const { variants: _, ...textRun } = run;
    expect(variantReports(textRun)).toEqual([]);
  });
});
