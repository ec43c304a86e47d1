import { describe, expect, it } from "vitest";
import { failedGates, parseGate } from "./gates.js";
import { emptyScores } from "./scores.js";

describe("gates", () => {
  const totals = { ...emptyScores(), articles: { matched: 8, gold: 10, predicted: 8 } };
  totals.jumps.falseLinks = 2;

  it("fails a floor above the score and a ceiling below it", () => {
    const gates = ["articles.recall=0.9", "articles.precision=1"].map((s) => parseGate(s, "min"));
    const max = parseGate("jumps.false=0", "max");
    const all = [...gates, max].flatMap((g) => (g.ok ? [g.value] : []));
    expect(failedGates(totals, all)).toEqual([
      "articles.recall = 0.8000 is below the floor 0.9",
      "jumps.false = 2 is above the ceiling 0",
    ]);
  });

  it("passes a metric with nothing to score", () => {
    const gate = parseGate("toc.recall=1", "min");
    expect(gate.ok && failedGates(totals, [gate.value])).toEqual([]);
  });

  it("rejects unknown metrics and values that are not numbers", () => {
    const unknown = parseGate("titel=0.9", "min");
    expect(unknown.ok ? "" : unknown.error).toMatch(
      /^unknown metric "titel" in --min titel=0.9; one of: articles.precision, /u,
    );
    const notNumber = parseGate("title=high", "min");
    expect(notNumber).toEqual({ ok: false, error: '--min title=high: "high" is not a number' });
  });
});
