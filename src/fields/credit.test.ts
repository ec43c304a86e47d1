import { describe, expect, it } from "vitest";
import { creditAtEnd } from "./credit.js";

// Made-up captions, with the credit forms of the sample page and the development corpus.
const CAPTION = "4月22日，公园草木葱茏，市民漫步其间，尽享春日美景。";

describe("creditAtEnd", () => {
  it.each([" ■ 孙文辉", "（本报记者 张三 摄）", "新华社记者 李四摄", "（新华社发）"])(
    "finds %s closing a caption, and where it starts",
    (credit) => {
      // The index is where the paragraph's text ends: blanks before the credit go with the credit.
      expect(creditAtEnd(`${CAPTION}${credit}`)).toEqual({ credit: credit.trim(), index: CAPTION.length });
    },
  );

  it("finds the credit at the end of a paragraph of any length", () => {
    const long = CAPTION.repeat(10);
    expect(creditAtEnd(`${long}■ 孙文辉`)).toEqual({ credit: "■ 孙文辉", index: long.length });
  });

  it("finds nothing in prose that does not end in a credit", () => {
    expect(creditAtEnd(CAPTION)).toBeNull();
    expect(creditAtEnd("记者摄下了这一幕，居民们纷纷点赞。")).toBeNull();
  });
});
