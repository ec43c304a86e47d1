import { describe, expect, it } from "vitest";
import { LAYOUTS, layOut } from "./layouts.js";
import { mulberry32 } from "./random.js";
import type { Draft } from "./runs.js";
import { displayWidth, INDENT } from "./wrap.js";

// Made-up text.
const PARA = "镇上的图书馆延长了开放时间，晚上也有不少学生来自习，管理员说座位常常不够用。";
const LONG_TITLE = "小镇图书馆夜里亮灯 学生自习座无虚席 管理员忙着添桌椅 志愿者轮班值守到深夜";

const DRAFT: Draft = {
  header: "某某日报  2024年5月6日  星期一  第2版",
  items: [
    [
      { kind: "headline", text: "书香小镇" },
      { kind: "headline", text: LONG_TITLE },
      { kind: "text", text: PARA, indent: true },
      { kind: "text", text: PARA.slice(0, 20), indent: true },
      { kind: "text", text: PARA.slice(20), indent: false, split: true },
      { kind: "duplicate", text: PARA.slice(-18) },
      { kind: "text", text: PARA, indent: true, suffix: "（下转第5版）" },
    ],
    [
      { kind: "headline", text: "夜读" },
      { kind: "jump", text: "（上接第一版）" },
      { kind: "text", text: PARA, indent: false },
      { kind: "text", text: PARA, indent: true, prefix: "（上接第1版）" },
    ],
  ],
};

const printable = (s: string): string => s.replace(/\s/gu, "");
const draftText = (d: Draft): string =>
  (d.header ?? "") +
  d.items
    .flat()
    .map((r) => (r.kind === "text" ? `${r.prefix ?? ""}${r.text}${r.suffix ?? ""}` : r.text))
    .join("");

describe("layOut", () => {
  it("prints every run in order and nothing else, in every layout", () => {
    for (const layout of LAYOUTS) {
      for (let seed = 0; seed < 30; seed++) {
        const text = layOut(DRAFT, layout, mulberry32(seed));
        expect(printable(text)).toBe(printable(draftText(DRAFT)));
        expect(text.endsWith("\n")).toBe(true);
      }
    }
  });

  it("blocks: a block per run, separated by blank lines, none indented", () => {
    const lines = layOut(DRAFT, "blocks", mulberry32(1)).split("\n");
    for (const run of DRAFT.items.flat())
      expect(lines).toContain(
        run.kind === "text" ? `${run.prefix ?? ""}${run.text}${run.suffix ?? ""}` : run.text,
      );
    lines.forEach((line, i) => {
      if (line !== "" && i > 0) expect(lines[i - 1]).toBe("");
      expect(line.startsWith(INDENT)).toBe(false);
    });
  });

  it("indented: paragraph starts indented, continued text and headlines not", () => {
    const seen = new Set<boolean>();
    for (let seed = 0; seed < 20; seed++) {
      const lines = layOut(DRAFT, "indented", mulberry32(seed)).split("\n");
      expect(lines).toContain(`${INDENT}${PARA}`);
      expect(lines).toContain(PARA.slice(20));
      expect(lines).toContain(LONG_TITLE);
      expect(lines).toContain(`${INDENT}（上接第1版）${PARA}`);
      seen.add(lines.slice(0, -1).includes(""));
    }
    expect(seen).toEqual(new Set([true, false]));
  });

  it("wrapped: body lines within 10–25 columns (plus hanging punctuation), long headlines broken", () => {
    let brokenHeadline = false;
    for (let seed = 0; seed < 40; seed++) {
      const lines = layOut(DRAFT, "wrapped", mulberry32(seed)).split("\n");
      for (const line of lines) {
        if (line === DRAFT.header || LONG_TITLE.includes(line.trim()) || line.includes("版）")) continue;
        expect(displayWidth(line)).toBeLessThanOrEqual(27);
      }
      if (!lines.includes(LONG_TITLE)) brokenHeadline = true;
    }
    expect(brokenHeadline).toBe(true);
  });
});
