import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../random.js";
import { arrange, proportionalSpans } from "./arrange.js";
import type { PdfItem } from "./model.js";
import { pageStyle } from "./variants.js";

function item(chars: number, kind: PdfItem["kind"] = "article"): PdfItem {
  return {
    kind,
    head: [{ kind: "title", text: "标题" }],
    body: chars === 0 ? [] : [{ kind: "text", text: "字".repeat(chars), indent: true }],
  };
}

describe("proportionalSpans", () => {
  it("gives every item a column and uses all columns", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(20_000), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 4, max: 6 }),
        (w, n) => {
          const spans = proportionalSpans(w, n);
          expect(spans.reduce((a, b) => a + b, 0)).toBe(n);
          expect(spans.every((s) => s >= 1)).toBe(true);
        },
      ),
    );
  });

  it("gives the longer item more columns", () => {
    expect(proportionalSpans([3000, 1000], 4)).toEqual([3, 1]);
    expect(proportionalSpans([500, 500, 2000], 5)).toEqual([1, 1, 3]);
  });
});

describe("arrange", () => {
  const pages = fc.array(
    fc.record({
      chars: fc.nat(6000),
      kind: fc.constantFrom<PdfItem["kind"]>("article", "article", "article", "picture", "ad"),
    }),
    { minLength: 1, maxLength: 16 },
  );

  it("places every item once, in order, so top-then-left order is reading order", () => {
    fc.assert(
      fc.property(pages, fc.nat(), (spec, seed) => {
        const items = spec.map((s) => item(s.chars, s.kind));
        const style = pageStyle(mulberry32(seed));
        const bands = arrange(items, style, mulberry32(seed + 1));
        const order = bands.flatMap((b) => b.cells.flatMap((c) => c.items.map((p) => p.item)));
        expect(order).toEqual(items.map((_, i) => i));
        for (const band of bands) {
          expect(band.cells.reduce((n, c) => n + c.span, 0)).toBe(style.columns);
          // Only the rightmost cell may stack items (a sidebar).
          expect(band.cells.slice(0, -1).every((c) => c.items.length === 1)).toBe(true);
          for (const cell of band.cells) {
            for (const p of cell.items) expect(p.bodyColumns).toBeGreaterThanOrEqual(1);
            for (const p of cell.items) expect(p.bodyColumns).toBeLessThanOrEqual(cell.span);
          }
        }
      }),
    );
  });

  it("boxes ads, and varies shapes across seeds", () => {
    const items = [
      item(3000),
      item(400),
      item(300),
      item(0, "ad"),
      item(2500),
      item(800),
      item(900),
      item(200, "picture"),
    ];
    const shapes = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const bands = arrange(items, pageStyle(mulberry32(seed)), mulberry32(seed + 99));
      for (const b of bands) shapes.add(b.shape);
      const ad = bands.flatMap((b) => b.cells.flatMap((c) => c.items)).find((p) => p.item === 3);
      expect(ad?.boxed).toBe(true);
    }
    expect([...shapes].sort()).toEqual(["full", "pair", "sidebar", "triple"]);
  });
});
