// jieba: one dictionary per process, user words kept whole, cuts that concatenate back to the text.
import { describe, expect, it } from "vitest";
import { fold } from "./fold.js";
import { cutWords, dictionaryLoads, segmenter } from "./words.js";

describe("word segmentation", () => {
  it("keeps a user word whole, and loads the main dictionary once however often it is asked", () => {
    const text = fold("本报记者茆晓飏报道");
    expect(cutWords(segmenter(), text)).not.toContain("茆晓飏");
    expect(cutWords(segmenter(["茆曉飏"]), text)).toContain("茆晓飏");
    segmenter(["茆曉飏", "另一个词"]);
    expect(dictionaryLoads()).toBe(1);
  });

  it("cuts into pieces that concatenate back to the text, spaces and punctuation included", () => {
    const text = fold("知识产权质押融资 ABC-123，“双拥”😀");
    expect(cutWords(segmenter(), text).join("")).toBe(text);
  });
});
