import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../serve/views/html.js";
import { mulberry32 } from "../random.js";
import { arrange } from "./arrange.js";
import { pageHtml } from "./html.js";
import type { PdfPage } from "./model.js";
import { htmlText, missingChars } from "./texts.test-support.js";
import { pageStyle } from "./variants.js";

// Made-up page: markup-like text, a glued jump, a duplicate, a picture and an ad.
const PAGE: PdfPage = {
  header: "晨报  2024年5月6日  星期一  第3版",
  items: [
    {
      kind: "article",
      head: [
        { kind: "kicker", text: "河畔小镇<新>风貌" },
        { kind: "title", text: "春风吹绿小山村 & 老街" },
        { kind: "subtitle", text: "——一个\"网红\"村的'转型'" },
      ],
      body: [
        { kind: "text", text: "本报讯 村口的<script>alert(1)</script>老槐树下，", indent: true },
        { kind: "text", text: "村民们聊着新修的路。", indent: false, suffix: "（下转第7版）" },
        { kind: "duplicate", text: "聊着新修的路。" },
      ],
    },
    {
      kind: "picture",
      head: [{ kind: "title", text: "图片报道" }],
      body: [{ kind: "text", text: "清晨的渡口。", indent: true }],
    },
    { kind: "ad", head: [{ kind: "title", text: "广告" }], body: [] },
    {
      kind: "article",
      head: [{ kind: "title", text: "小店开张，街巷热闹" }],
      body: [{ kind: "text", text: "新开的面馆排起长队。", indent: true, prefix: "（上接第1版）" }],
    },
  ],
};

function render(seed: number, font: "wqy" | "noto" = "wqy"): string {
  const style = pageStyle(mulberry32(seed));
  return pageHtml(PAGE, arrange(PAGE.items, style, mulberry32(seed + 1)), style, font);
}

describe("escapeHtml", () => {
  it("escapes the five markup characters and nothing else", () => {
    expect(escapeHtml(`<a href="x">'甲'&乙</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&#39;甲&#39;&amp;乙&lt;/a&gt;",
    );
    expect(escapeHtml("　　全角空格与中文")).toBe("　　全角空格与中文");
  });
});

describe("pageHtml", () => {
  it("shows every character of every block, and no markup from the text", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const html = render(seed);
      expect(html).not.toContain("<script>");
      const all = [PAGE.header ?? "", ...PAGE.items.flatMap((i) => [...i.head, ...i.body])]
        .map((b) => (typeof b === "string" ? b : `${b.prefix ?? ""}${b.text}${b.suffix ?? ""}`))
        .join("");
      expect(missingChars(all, htmlText(html))).toEqual([]);
    }
  });

  it("prints items in reading order: one <article> per item, in the page's order", () => {
    const html = render(3);
    expect(html.match(/<article /g)).toHaveLength(PAGE.items.length);
    const at = (s: string) => html.indexOf(escapeHtml(s));
    expect(at("春风吹绿小山村 & 老街")).toBeLessThan(at("图片报道"));
    expect(at("图片报道")).toBeLessThan(at("广告"));
    expect(at("广告")).toBeLessThan(at("小店开张，街巷热闹"));
  });

  it("puts headline roles, jump lines and the header in their own classes", () => {
    const html = render(5);
    expect(html).toMatch(/<p class="kicker"[^>]*>河畔小镇&lt;新&gt;风貌<\/p>/);
    expect(html).toMatch(/<h2 class="title"[^>]*>春风吹绿小山村 &amp; 老街<\/h2>/);
    expect(html).toMatch(/<p class="cont">村民们聊着新修的路。（下转第7版）<\/p>/);
    expect(html).toContain('<header class="masthead"><span>晨报</span><span>2024年5月6日</span>');
    expect(html).toContain('class="item picture');
    expect(html).toContain('class="item ad box"');
  });

  it("is deterministic and the font changes only the font stacks", () => {
    expect(render(7)).toBe(render(7));
    const wqy = render(7, "wqy");
    const noto = render(7, "noto");
    expect(noto).not.toBe(wqy);
    expect(noto.replace(/"Noto S(ans|erif) CJK SC"/g, "F")).toBe(wqy.replace(/"WenQuanYi Micro Hei"/g, "F"));
  });
});
