import { describe, expect, it } from "vitest";
import { classifyBlock, type Unit } from "./classify.js";
import { judgeRun, type RunContext } from "./rules.js";

// Made-up text. Two paragraphs on one subject (柳树) and one on another (老街), for the cohesion rule.
const WILLOWS =
  "今年春天，县里组织志愿者沿着小河两岸种下三千棵柳树，河堤上散步的居民越来越多，傍晚尤其热闹。柳树成活率很高，志愿者们每周都来浇水。";
const WILLOWS_2 =
  "志愿者们说，柳树长大以后，小河两岸会更加热闹，散步的居民也会更多。县里还计划在河堤上再种一千棵柳树，让小河变得更美。";
const OLD_STREET =
  "东关老街完成改造后重新开放，青石板路恢复了原来的模样，沿街木门窗重新刷了桐油，游客络绎不绝。商户们说生意比往年好了不少。";

const unit = (text: string, gapBefore = 1): Unit =>
  classifyBlock({ lines: [text], text, line: 1, lastLine: 1, indented: null, gapBefore });
const units = (...texts: string[]) => texts.map((t) => unit(t));

function judge(run: string[], after: string[], current: string[] | null, extra: Partial<RunContext> = {}) {
  return judgeRun({
    run: units(...run),
    after: units(...after),
    current: current === null ? null : units(...current),
    indentKnown: false,
    ...extra,
  });
}

describe("judgeRun", () => {
  it("opens an article at the top of the page", () => {
    expect(judge(["小河两岸柳成行"], [WILLOWS], null)).toEqual({ verdict: "article", rule: "page-start" });
  });

  it("opens an article after a jump line", () => {
    expect(judge(["柳树成活率很高"], [WILLOWS_2], [WILLOWS, "（下转第7版）"]).rule).toBe("after-jump");
    expect(judge(["柳树成活率很高"], [WILLOWS_2], [`${WILLOWS}（下转第7版）`]).rule).toBe("after-jump");
  });

  it("opens an article when a continuation mark follows the headline", () => {
    expect(judge(["小河两岸柳成行"], ["（上接第1版）", WILLOWS_2], [OLD_STREET])).toEqual({
      verdict: "article",
      rule: "jump-in-follows",
    });
  });

  it("opens an article when a dateline follows, directly or after a byline or a deck", () => {
    const dated = `本报讯　${WILLOWS}`;
    expect(judge(["小河两岸柳成行"], [dated], [OLD_STREET]).rule).toBe("dateline-follows");
    expect(judge(["小河两岸柳成行"], ["本报记者 张三", dated], [OLD_STREET]).rule).toBe("dateline-follows");
    expect(judge(["小河两岸柳成行"], ["县里组织志愿者种下三千棵柳树。", dated], [OLD_STREET]).rule).toBe(
      "dateline-follows",
    );
  });

  it.each(["核心阅读", "编者的话", "一、柳树成活率高", "（二）志愿者每周浇水", "3.后续管护"])(
    "keeps %s inside the article as a subheading",
    (text) => {
      expect(judge([text], [OLD_STREET], [WILLOWS])).toEqual({
        verdict: "subheading",
        rule: "subheading-word",
      });
    },
  );

  it.each(["云南某县花农小李——", "具体做法如下："])(
    "keeps %s, a lone line leading into what follows, inside the article",
    (text) => {
      expect(judge([text], [OLD_STREET], [WILLOWS])).toEqual({ verdict: "subheading", rule: "lead-in" });
    },
  );

  it("keeps a lone line opening with a dash, a quote's attribution, inside the article", () => {
    const quote = "“柳树长大了，小河就更美了。”";
    for (const ctx of [{}, { indentKnown: true }])
      expect(judge(["——县植树志愿队队长"], [OLD_STREET], [WILLOWS, quote], ctx)).toEqual({
        verdict: "subheading",
        rule: "dash-attribution",
      });
    // Under its title, a dashed line is a subtitle that opens an article.
    expect(judge(["小河两岸柳成行", "——记县里的植树志愿者"], [WILLOWS_2], [WILLOWS]).rule).toBe(
      "dash-subtitle",
    );
  });

  it("opens an article after two or more blank lines", () => {
    const ctx = { run: [unit("柳树成活率很高", 2)], after: units(WILLOWS_2), current: units(WILLOWS) };
    expect(judgeRun({ ...ctx, indentKnown: false }).rule).toBe("wide-gap");
  });

  it("opens an article for every unindented headline where indentation marks paragraphs", () => {
    expect(judge(["柳树成活率很高"], [WILLOWS_2], [WILLOWS], { indentKnown: true }).rule).toBe("indentation");
  });

  it("opens an article when an author credit ■ 李长萍 stands under the headline", () => {
    expect(judge(["从实践中汲取力量"], ["■ 李长萍", WILLOWS_2], [WILLOWS]).rule).toBe("credit-follows");
  });

  it("opens an article for a title with its column tag or a dash subtitle", () => {
    expect(judge(["让老物件讲好新故事（城市笔记）"], [WILLOWS_2], [WILLOWS]).rule).toBe("column-tag");
    expect(judge(["小河两岸柳成行", "——记县里的植树志愿者"], [WILLOWS_2], [WILLOWS]).rule).toBe(
      "dash-subtitle",
    );
  });

  it("opens an article for a picture item titled 图片报道", () => {
    expect(judge(["图片报道"], ["公园里游人如织。"], [WILLOWS]).rule).toBe("photo-title");
  });

  it("keeps a subheading whose text around it shares the article's vocabulary", () => {
    expect(judge(["柳树成活率很高"], [WILLOWS_2], [WILLOWS])).toEqual({
      verdict: "subheading",
      rule: "cohesion",
    });
  });

  it("opens an article when the text after the run shares little with the text before", () => {
    expect(judge(["东关老街重新开放"], [OLD_STREET], [WILLOWS])).toEqual({
      verdict: "article",
      rule: "cohesion",
    });
  });

  it("without enough text to compare, takes two headline lines for an article and one for a subheading", () => {
    expect(judge(["小河两岸", "柳树成行"], ["短文。"], ["短文。"]).rule).toBe("multi-line");
    expect(judge(["柳树成活率很高"], ["短文。"], ["短文。"])).toEqual({
      verdict: "subheading",
      rule: "default-subheading",
    });
  });

  it("opens an article after a story's closing dateline, author's note or reporters' note", () => {
    expect(judge(["东关老街重新开放"], [WILLOWS_2], [WILLOWS, "（本报某地3月9日电）"]).rule).toBe(
      "after-closing-dateline",
    );
    expect(judge(["东关老街重新开放"], [WILLOWS_2], [WILLOWS, "（本报某地电）"]).rule).toBe(
      "after-closing-dateline",
    );
    for (const note of [
      "（作者为某大学（某学院）教授）",
      "（本报记者 张三、李四）",
      "（作者系某研究院研究员）",
    ])
      expect(judge(["柳树成活率很高"], [WILLOWS_2], [WILLOWS, note]).rule).toBe("after-closing-note");
    // A byline in brackets right under a headline closes nothing: no prose before it.
    expect(judge(["小河两岸"], [WILLOWS_2], ["（记者 王小明）"]).rule).not.toBe("after-closing-note");
  });

  it("opens an article after a feature's page credits", () => {
    expect(judge(["柳树成活率很高"], [WILLOWS_2], [WILLOWS, "版式设计：张三"]).rule).toBe(
      "after-page-credit",
    );
  });

  it("opens an article when the article so far had a dateline and the text under the run closes with another", () => {
    const current = [`本报讯　${OLD_STREET}`];
    expect(judge(["柳树成活率很高"], [WILLOWS, WILLOWS_2, "（本报某县3月9日电）"], current)).toEqual({
      verdict: "article",
      rule: "second-dateline",
    });
    // Without a dateline before, the closing dateline may be the current story's own.
    expect(judge(["柳树成活率很高"], [WILLOWS, "（本报某县3月9日电）"], [WILLOWS_2]).rule).not.toBe(
      "second-dateline",
    );
  });

  it("opens an article for a speech's title over its date", () => {
    expect(judge(["在某某座谈会上的讲话"], ["（二〇二五年四月二十三日）", WILLOWS], [OLD_STREET]).rule).toBe(
      "speech-date-follows",
    );
  });

  it("keeps the dated items of a 速览 box inside the box", () => {
    const verdict = judgeRun({
      run: units("柳树成活率很高"),
      after: units(`本报讯　${WILLOWS}`),
      current: [],
      currentHeading: units("速览·植树节"),
      indentKnown: false,
    });
    expect(verdict).toEqual({ verdict: "subheading", rule: "box-item" });
  });

  it("keeps a run shaped like a subheading already in the article (the parts of a feature)", () => {
    const current = [WILLOWS, "地点：东关老街", "青石板路回来了", OLD_STREET];
    expect(judge(["地点：小河两岸", "柳树成行"], [WILLOWS_2], current)).toEqual({
      verdict: "subheading",
      rule: "sibling-subheading",
    });
    const named = [WILLOWS, "春雨", "张三", OLD_STREET];
    expect(judge(["秋收", "李四五"], [WILLOWS_2], named).rule).toBe("sibling-subheading");
  });

  it("lets an author credit under a run open an article, though the run opens like a subheading before it", () => {
    const current = [WILLOWS, "小河两岸的春天", WILLOWS_2];
    expect(judge(["小河两岸的新街"], ["■ 王五", OLD_STREET], current)).toEqual({
      verdict: "article",
      rule: "credit-follows",
    });
  });

  it("keeps the first part of a feature when the next run is headed alike and no dateline opens either", () => {
    const next = { run: units("某市居民小王——", "年货网上买，真方便"), after: units(OLD_STREET) };
    const ctx = {
      run: units("某县花农小李——", "种花卖花，日子红火"),
      after: units("本报记者 张三", WILLOWS),
      current: units(OLD_STREET),
      indentKnown: false,
    };
    expect(judgeRun({ ...ctx, next })).toEqual({ verdict: "subheading", rule: "sibling-ahead" });
    const dated = { ...next, after: units(`本报讯　${OLD_STREET}`) };
    expect(judgeRun({ ...ctx, next: dated }).rule).not.toBe("sibling-ahead");
  });

  it("keeps the first subheading under a headline and its short lead", () => {
    const ctx = { run: units("柳树成活率很高"), after: units(OLD_STREET), current: units(WILLOWS) };
    expect(judgeRun({ ...ctx, currentHeading: units("小河两岸柳成行"), indentKnown: false })).toEqual({
      verdict: "subheading",
      rule: "after-lead",
    });
    // An untitled item is no lead; a dated paragraph is a story of its own.
    expect(judgeRun({ ...ctx, currentHeading: [], indentKnown: false }).rule).not.toBe("after-lead");
    const dated = { ...ctx, current: units(`本报讯　${WILLOWS}`), currentHeading: units("小河两岸柳成行") };
    expect(judgeRun({ ...dated, indentKnown: false }).rule).not.toBe("after-lead");
  });

  it("keeps a sidebar whose column tag names a part of an article (记者手记)", () => {
    expect(judge(["老街新生（记者手记）"], [WILLOWS_2], [WILLOWS]).rule).toBe("sidebar-tag");
  });

  it("opens an article for a kicker that is a clause of its own over its title", () => {
    expect(judge(["借助交通区位和产业两方面优势", "某县做强枢纽经济"], [WILLOWS_2], [WILLOWS]).rule).toBe(
      "long-kicker-line",
    );
  });

  // Fixed (was a bug): dateline-follows runs before subheading-word, so 核心阅读 (or 编者的话) under a headline, followed
  // by its summary and then the dated first paragraph, opens a new article titled 核心阅读 and the real
  // headline is left with an empty body. Minimal input (blocks layout):
  // "小河两岸柳成行\n\n核心阅读\n\n柳树种下去，河堤变了样。\n\n本报讯　今年春天，县里种下三千棵柳树。"
  it("keeps 核心阅读 and 编者的话 inside the article even when a dateline follows the text under them", () => {
    for (const word of ["核心阅读", "编者的话"]) {
      const verdict = judge([word], ["柳树种下去，河堤变了样。", `本报讯　${WILLOWS}`], []);
      expect(verdict.verdict).toBe("subheading");
    }
  });
});
