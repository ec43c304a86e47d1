import { describe, expect, it } from "vitest";
import {
  chineseNumeral,
  continuationTitle,
  cutStory,
  firstClause,
  jumpInLine,
  jumpOutLine,
  jumpStyle,
  keptParagraphs,
  splittableOffset,
  withoutColumnTag,
} from "./jump-cut.js";
import { mulberry32 } from "./random.js";

// Made-up text (the corpus itself must not be copied into the repository).
const SENTENCES = [
  "清晨的集市上，菜农把刚摘的青菜码得整整齐齐，",
  "街口新开的早餐铺排起了长队，老板说今年生意比去年好。",
  "社区组织志愿者上门为独居老人量血压、送药品。",
  "河道清淤工程已完成大半，两岸新栽的柳树抽出了嫩芽。",
];
function paragraphs(count: number, seed: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const n = 1 + ((i * 7 + seed) % 5);
    return Array.from({ length: n }, (_, j) => SENTENCES[(i + j + seed) % SENTENCES.length]).join("");
  });
}
const strip = (s: string): string => s.replace(/\s/gu, "");

describe("keptParagraphs", () => {
  it("drops empty and whitespace-only paragraphs and keeps the rest as is", () => {
    expect(keptParagraphs("甲\n\u00a0\n\n\u3000\u00a0\n乙\u00a0\n 丙")).toEqual(["甲", "乙\u00a0", " 丙"]);
    expect(keptParagraphs("")).toEqual([]);
  });
});

describe("cutStory", () => {
  it("splits head and tail so that they rebuild the body", () => {
    let mid = 0;
    for (let seed = 0; seed < 200; seed++) {
      const body = paragraphs(1 + (seed % 9), seed);
      const cut = cutStory(body, `story ${seed}`);
      expect(strip(cut.head.join("") + cut.tail.join(""))).toBe(strip(body.join("")));
      expect(cut.head.length).toBeGreaterThan(0);
      expect(cut.tail.length).toBeGreaterThan(0);
      for (const p of [...cut.head, ...cut.tail]) expect(p).toMatch(/\S/);
      const share = cut.head.join("").length / body.join("").length;
      expect(share).toBeGreaterThanOrEqual(0.25);
      expect(share).toBeLessThanOrEqual(0.75);
      if (cut.midParagraph) mid++;
      else expect(cut.head.length + cut.tail.length).toBe(body.length);
    }
    // Mid-paragraph cuts are the common case, paragraph-boundary cuts the minority.
    expect(mid).toBeGreaterThan(110);
    expect(mid).toBeLessThan(190);
  });

  it("depends on the story only", () => {
    const body = paragraphs(6, 3);
    expect(cutStory(body, "same story")).toEqual(cutStory([...body], "same story"));
  });

  it("never cuts where one side would be blank", () => {
    expect(splittableOffset("甲乙\u00a0\u00a0", 3)).toBe(1);
    expect(splittableOffset("甲\u00a0\u00a0", 1)).toBeNull();
    expect(splittableOffset("\u00a0乙丙", 1)).toBe(2);
    expect(splittableOffset("甲", 0)).toBeNull();
  });
});

describe("jump lines", () => {
  it("writes page numbers in Chinese numerals", () => {
    expect([1, 3, 10, 11, 13, 19, 20, 24].map(chineseNumeral)).toEqual([
      "一",
      "三",
      "十",
      "十一",
      "十三",
      "十九",
      "二十",
      "二十四",
    ]);
    expect(() => chineseNumeral(0)).toThrow();
  });

  it("prints the forms of both pages in one style per story", () => {
    expect(jumpOutLine({ numerals: "arabic", verb: "下转" }, 3)).toBe("（下转第3版）");
    expect(jumpOutLine({ numerals: "chinese", verb: "下转" }, 13)).toBe("（下转第十三版）");
    expect(jumpOutLine({ numerals: "arabic", verb: "转" }, 3)).toBe("（转第3版）");
    expect(jumpInLine({ numerals: "arabic", verb: "转" }, 1)).toBe("（上接第1版）");
    expect(jumpInLine({ numerals: "chinese", verb: "下转" }, 2)).toBe("（上接第二版）");
    expect(jumpStyle("a story")).toEqual(jumpStyle("a story"));
    const styles = new Set(Array.from({ length: 100 }, (_, i) => JSON.stringify(jumpStyle(`story ${i}`))));
    expect(styles.size).toBe(4);
  });
});

describe("continuation titles", () => {
  it("strips a trailing column tag, nested or not", () => {
    expect(withoutColumnTag("春风吹绿小山村（乡村行）")).toBe("春风吹绿小山村");
    expect(withoutColumnTag("小店里的年味（走基层（特别报道））")).toBe("小店里的年味");
    expect(withoutColumnTag("（评论）")).toBeNull();
    expect(withoutColumnTag("没有栏目")).toBeNull();
  });

  it("takes the first clause, unless it leaves a quote open", () => {
    expect(firstClause("稳字当头 进中求好")).toBe("稳字当头");
    expect(firstClause("小店开张，街巷热闹")).toBe("小店开张");
    expect(firstClause("“灯亮了，心也亮了”")).toBeNull();
    expect(firstClause("一句话标题")).toBeNull();
  });

  it("shortens about a third of titles, always to a prefix", () => {
    let shortened = 0;
    const rng = mulberry32(5);
    for (let i = 0; i < 300; i++) {
      const title = `第${i}号 新闻标题示例（栏目）`;
      const printed = continuationTitle(title, rng);
      expect(title.startsWith(printed)).toBe(true);
      if (printed !== title) shortened++;
    }
    expect(shortened).toBeGreaterThan(70);
    expect(shortened).toBeLessThan(130);
  });
});
