// Segmentation for the index: jieba once per thread, user words kept whole, cuts that concatenate back to the text.
import { describe, expect, it } from "vitest";
import { fold } from "./fold.js";
import { cutWords, dictionaryLoads, docWords, segmenter, UserWords, userWord } from "./words.js";

describe("word segmentation", () => {
  it("keeps a user word whole, and loads the dictionary once however often it is asked", () => {
    const text = fold("本报记者茆晓飏报道");
    expect(cutWords(segmenter(), text)).not.toContain("茆晓飏");
    expect(cutWords(segmenter(), text, new UserWords(["茆晓飏"]))).toContain("茆晓飏");
    segmenter();
    expect(dictionaryLoads()).toBe(1);
  });

  it("cuts into pieces that concatenate back to the text, spaces and punctuation included", () => {
    const text = fold("知识产权质押融资 ABC-123，“双拥”😀");
    expect(cutWords(segmenter(), text).join("")).toBe(text);
    const words = new UserWords(["质押", "双拥", "融资"]);
    expect(cutWords(segmenter(), text, words).join("")).toBe(text);
    expect(cutWords(segmenter(), "双拥", words)).toEqual(["双拥"]);
  });

  it("joins jieba's pieces into the longest user word from the left, a parent's words with its own", () => {
    const jieba = segmenter();
    expect(cutWords(jieba, "记者冯钦然采访")).toEqual(["记者", "冯", "钦", "然", "采访"]);
    const archive = new UserWords(["邹辉", "冯钦"]);
    const issue = archive.over(["冯钦然"]);
    expect(cutWords(jieba, "邹辉和冯钦然", issue)).toEqual(["邹辉", "和", "冯钦然"]);
    expect(cutWords(jieba, "邹辉和冯钦然", archive)).toEqual(["邹辉", "和", "冯钦", "然"]);
    expect(issue.size).toBe(3);
    expect(issue.all()).toEqual(["邹辉", "冯钦", "冯钦然"]);
    // The parent does not change.
    expect(archive.has("冯钦然")).toBe(false);
    expect(issue.add(["邹辉", "朱真"])).toEqual(["朱真"]);
  });

  it("leaves a user word alone where it would cut across one of jieba's words", () => {
    const jieba = segmenter();
    for (const [text, word] of [
      ["揭开罗马古城", "开罗"],
      ["南宁市", "南宁"],
    ] as const)
      expect(cutWords(jieba, text, new UserWords([word]))).toEqual(cutWords(jieba, text));
  });

  it("takes names and places as user words, folded, and nothing else", () => {
    expect(userWord("冯欽然")).toBe("冯钦然");
    expect(userWord("阿依古丽 · 某某")).toBe("阿依古丽·某某");
    for (const no of [
      "本报记者",
      "新华社记者",
      "特约评论员",
      "李",
      "··",
      "李·",
      "Reuters",
      "王五（实习）",
      "一二三四五六七八九十一二三",
    ])
      expect(userWord(no), no).toBeNull();
    expect(docWords({ authors: ["董雪", "冯欽然", "记者"], places: ["北京"] })).toEqual([
      "董雪",
      "冯钦然",
      "北京",
    ]);
    expect(docWords({ authors: [] })).toEqual([]);
  });
});
