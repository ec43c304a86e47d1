import { describe, expect, it } from "vitest";
import type { GlyphRun } from "../../layout/pdf/types.js";
import { fitSpaces } from "./spaces.js";

const run = (text: string, x: number, width: number, y = 100): GlyphRun => ({
  text,
  x,
  y,
  width,
  size: 13.5,
  font: "f1",
  bold: false,
});

describe("fitSpaces", () => {
  it("cuts a space that reaches past the next run back to where that run starts", () => {
    // Two titles side by side; pdfjs's space after the first spans 4/3 of the gap, into the second.
    const runs = [run("高唐新闻", 146, 54), run(" ", 200, 292), run("临清新闻", 419, 54)];
    expect(fitSpaces(runs).map((r) => r.width)).toEqual([54, 219, 54]);
  });

  it("leaves a space that ends short of the next run, and one before a run on another line", () => {
    const runs = [
      run("团结", 0, 27),
      run(" ", 27, 5),
      run("共同", 40, 27),
      run(" ", 67, 90),
      run("续写", 0, 27, 130),
    ];
    expect(fitSpaces(runs)).toEqual(runs);
  });
});
