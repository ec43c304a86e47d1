// Keyword similarity over an issue: tf-idf over Han bigrams, cosine.
import { describe, expect, it } from "vitest";
import { emptyArticle } from "../model/index.js";
import { countKeys } from "../text/index.js";
import { keywordModel, sortedGrams } from "./keywords.js";

const item = (id: string, ...paragraphs: string[]) => ({ id, article: { ...emptyArticle(), paragraphs } });

describe("keywordModel", () => {
  const issue = [
    item("a", "小河公园正式开园，市民纷纷前来游览。"),
    item("b", "小河公园 正式 开园，市民纷纷前来游览。"),
    item("c", "高校专家团赋能轴承产业发展。"),
    item("d", "轴承产业发展迎来高校专家团。"),
    item("e", "123，abc。"),
  ];
  const similar = keywordModel(issue);

  it("scores the same words 1 whatever white space sits between Han characters, other words 0", () => {
    expect(similar("a", "b")).toBeCloseTo(1, 12);
    expect(similar("a", "c")).toBe(0);
  });

  it("scores shared bigrams between 0 and 1, the same both ways", () => {
    const s = similar("c", "d");
    expect(s).toBeGreaterThan(0.3);
    expect(s).toBeLessThan(1);
    expect(similar("d", "c")).toBeCloseTo(s, 12);
  });

  it("gives 0 for an article without Han bigrams and for ids outside the issue", () => {
    expect(similar("e", "a")).toBe(0);
    expect(similar("a", "zz")).toBe(0);
  });
});

describe("sortedGrams", () => {
  it("sorts keys with their counts, packed into one number or (counts too large for that) the slow way", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const keys = Uint32Array.from({ length: 500 }, () => 0x4e00_4e00 + (random() % 300));
    const counted = countKeys(keys);
    const byMap = new Map<number, number>();
    for (const k of keys) byMap.set(k, (byMap.get(k) ?? 0) + 1);
    const expected = [...byMap].sort((a, b) => a[0] - b[0]);
    for (const span of [2 ** 21, 4]) {
      const sorted = sortedGrams(counted, span);
      expect([...sorted.keys].map((k, i) => [k, sorted.counts[i]])).toEqual(expected);
    }
    expect(Math.max(...counted.counts)).toBeGreaterThanOrEqual(4); // span 4 takes the slow way
  });
});
