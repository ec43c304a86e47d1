// The template tag escapes every interpolation; only Html passes through; snippets' «» become <mark>.
import { describe, expect, it } from "vitest";
import { escapeHtml, html, joinHtml, trusted } from "./html.js";
import { highlight } from "./search.js";

describe("html", () => {
  it("escapes text in content and attributes", () => {
    const evil = `"><script>alert('x')</script>&`;
    expect(html`<a title="${evil}">${evil}</a>`.text).toBe(
      '<a title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</a>',
    );
    expect(escapeHtml("a<b")).toBe("a&lt;b");
  });

  it("passes Html through, joins arrays, drops null, undefined and false", () => {
    const inner = html`<b>${"<i>"}</b>`;
    expect(html`${inner}${[1, "<", null, undefined, false]}`.text).toBe("<b>&lt;i&gt;</b>1&lt;");
    expect(joinHtml(["<a>", trusted("<br>")], "、").text).toBe("&lt;a&gt;、<br>");
  });
});

describe("highlight", () => {
  it("marks «matches» and escapes everything else", () => {
    expect(highlight("…要在«双拥»<工作>中«提升»…").text).toBe(
      "…要在<mark>双拥</mark>&lt;工作&gt;中<mark>提升</mark>…",
    );
  });

  it("leaves stray markers as text", () => {
    expect(highlight("a«b «c» d»").text).toBe("a«b <mark>c</mark> d»");
    expect(highlight("«<img src=x onerror=y>»").text).toBe("<mark>&lt;img src=x onerror=y&gt;</mark>");
  });
});
