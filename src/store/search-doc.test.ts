// What the search index is given of an archived article: headline apart, body in print order.
import { describe, expect, it } from "vitest";
import { emptyArticle } from "../model/index.js";
import { searchDoc } from "./search-doc.js";

const place = { id: "lcrb-2025-04-24-a-p01-a06", paper: "lcrb", date: "2025-04-24", page: 1 };

describe("searchDoc", () => {
  it("keeps a photo's credit after its caption, where it was printed, so a snippet opens with the caption", () => {
    const photo = {
      ...emptyArticle("photo"),
      paragraphs: ["4月22日，阳谷县谷山公园草木葱茏，绿意盎然。"],
      credits: ["■ 孙文辉"],
      creditsAt: [1],
      authors: [{ name: "孙文辉", role: "photographer" as const }],
    };
    const doc = searchDoc(place, photo);
    expect(doc.body).toBe("4月22日，阳谷县谷山公园草木葱茏，绿意盎然。\n■ 孙文辉");
    expect(doc.authors).toEqual(["孙文辉"]);
  });

  it("puts the headline apart and the body's pieces in print order: byline, editor's note, dateline, text", () => {
    const article = {
      ...emptyArticle(),
      kicker: "聊城",
      title: "双拥共建",
      editorNote: "编者的话。",
      dateline: { source: "本报", place: null, date: null, text: "本报讯" },
      paragraphs: ["第一段。"],
      credits: ["■ 李长萍"],
      creditsAt: [0],
    };
    const doc = searchDoc(place, article);
    expect(doc).toMatchObject({ title: "聊城 双拥共建", headline: "聊城\n双拥共建" });
    expect(doc.body).toBe("■ 李长萍\n编者的话。\n本报讯\n第一段。");
  });
});
