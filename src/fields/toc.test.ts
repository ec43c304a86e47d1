import { describe, expect, it } from "vitest";
import { classifyBlock, type Unit } from "../segment/index.js";
import { readToc } from "./toc.js";

// Made-up entries, shaped after the sample page's 今日导读 box.
function unitsOf(...blocks: (string | string[])[]): Unit[] {
  return blocks.map((b, i) => {
    const lines = typeof b === "string" ? [b] : b;
    return classifyBlock({
      lines,
      text: lines.join(""),
      line: i + 1,
      lastLine: i + 1,
      indented: null,
      gapBefore: 1,
    });
  });
}

describe("readToc", () => {
  it("reads a two-line entry as kicker and title, and gives a following page mark to the entry before it", () => {
    expect(readToc(unitsOf(["作风深化 实干争先", "当好全面深化改革排头兵"], "第2版"))).toEqual([
      {
        kicker: "作风深化 实干争先",
        title: "当好全面深化改革排头兵",
        page: 2,
        text: "作风深化 实干争先\n当好全面深化改革排头兵\n第2版",
      },
    ]);
  });

  it("splits a dash subtitle off the title", () => {
    expect(readToc(unitsOf("扩大协作朋友圈 ——看莘县如何构建新样板", "第2版"))).toEqual([
      {
        kicker: null,
        title: "扩大协作朋友圈",
        subtitle: "看莘县如何构建新样板",
        page: 2,
        text: "扩大协作朋友圈 ——看莘县如何构建新样板\n第2版",
      },
    ]);
  });

  it("reads a page printed after the title on the same line", () => {
    const [entry] = readToc(unitsOf("老街焕新颜 第3版"));
    expect([entry?.title, entry?.page]).toEqual(["老街焕新颜", 3]);
  });

  it("gives each page mark to one entry only: an entry before an earlier entry's mark keeps no page", () => {
    const entries = readToc(unitsOf("当好排头兵", "老街焕新颜", "第3版"));
    expect(entries.map((e) => [e.title, e.page])).toEqual([
      ["当好排头兵", null],
      ["老街焕新颜", 3],
    ]);
  });
});
