import { describe, expect, it } from "vitest";
import { formatGroupTable, formatPageTable } from "./breakdown.js";
import { splitRun } from "./corpus-run.js";
import { evaluate } from "./evaluate.js";
import { pageOf as page, RIVER, STREET } from "./pages.test-support.js";

// a.pdf right, b.pdf with a wrong title (its body still pairs the article), c.pdf not predicted at all.
const report = evaluate(
  [
    { file: "a.pdf", articles: [RIVER] },
    { file: "b.pdf", articles: [RIVER, STREET] },
    { file: "c.pdf", articles: [STREET] },
  ],
  [page("a.pdf", [RIVER]), page("b.pdf", [RIVER, { ...STREET, title: "老街" }])],
);
const run = { layout: "pdf" as const, seed: 1, report };
const arrangement = (file: string) => (file === "a.pdf" ? "stacked" : "mixed");

describe("formatGroupTable", () => {
  it("prints every metric with a column per group, headed by name and page count", () => {
    const lines = formatGroupTable(splitRun(run, arrangement));
    expect(lines[0]).toMatch(/^metric +stacked \(1\) +mixed \(2\)$/u);
    expect(lines.find((l) => l.startsWith("title "))).toMatch(/^title +1\.000 +0\.333$/u);
    expect(lines.find((l) => l.startsWith("jumps.false "))).toMatch(/^jumps\.false +0 +0$/u);
    expect(lines.find((l) => l.startsWith("toc.recall "))).toMatch(/^toc\.recall +n\/a +n\/a$/u);
  });
});

describe("formatPageTable", () => {
  it("prints a line per page with its group, article counts, scores and status", () => {
    const lines = formatPageTable(report, { head: "arrangement", of: arrangement });
    expect(lines[0]).toMatch(
      /^page +arrangement +m\/g\/p +f1 +title +kicker +subtitle +body\.dice +jumps\.recall +page$/u,
    );
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^a\.pdf +stacked +1\/1\/1 +1\.000 +1\.000 .* perfect$/u),
      expect.stringMatching(/^b\.pdf +mixed +2\/2\/2 +1\.000 +0\.500 .*n\/a$/u),
      expect.stringMatching(/^c\.pdf +mixed +0\/1\/0 +n\/a +0\.000 .* no prediction$/u),
    ]);
  });

  it("leaves the group column out when no group is given", () => {
    expect(formatPageTable(report)[1]).toMatch(/^a\.pdf +1\/1\/1 /u);
  });
});
