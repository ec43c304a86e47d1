import { describe, expect, it } from "vitest";
import { classifyBlock, type Unit } from "./classify.js";
import { type Draft, groupUnits } from "./group.js";

// Made-up text.
const WILLOWS =
  "今年春天，县里组织志愿者沿着小河两岸种下三千棵柳树，河堤上散步的居民越来越多，傍晚尤其热闹。柳树成活率很高，志愿者们每周都来浇水。";
const WILLOWS_2 =
  "志愿者们说，柳树长大以后，小河两岸会更加热闹，散步的居民也会更多。县里还计划在河堤上再种一千棵柳树，让小河变得更美。";
const OLD_STREET =
  "东关老街完成改造后重新开放，青石板路恢复了原来的模样，沿街木门窗重新刷了桐油，游客络绎不绝。商户们说生意比往年好了不少。";

function unitsOf(...texts: string[]): Unit[] {
  return texts.map((text, i) =>
    classifyBlock({
      lines: [text],
      text,
      line: 2 * i + 1,
      lastLine: 2 * i + 1,
      indented: null,
      gapBefore: 1,
    }),
  );
}
/** Each draft as [kind, rule, heading texts, body texts]. */
const shape = (drafts: readonly Draft[]) =>
  drafts.map((d) => [d.kind, d.rule, d.heading.map((u) => u.text), d.body.map((u) => u.text)]);

describe("groupUnits", () => {
  it("opens an article at each headline followed by a dateline", () => {
    const { drafts } = groupUnits(
      unitsOf("小河两岸柳成行", `本报讯　${WILLOWS}`, "东关老街重新开放", `本报讯　${OLD_STREET}`),
      false,
    );
    expect(shape(drafts)).toEqual([
      ["article", "page-start", ["小河两岸柳成行"], [`本报讯　${WILLOWS}`]],
      ["article", "dateline-follows", ["东关老街重新开放"], [`本报讯　${OLD_STREET}`]],
    ]);
  });

  it("keeps kicker and title together as one headline", () => {
    const { drafts } = groupUnits(
      unitsOf(
        "习近平对双拥工作作出重要指示强调",
        "巩固发展团结 共同续写时代新篇",
        `新华社北京4月23日电 ${WILLOWS}`,
      ),
      false,
    );
    expect(drafts[0]?.heading.map((u) => u.text)).toEqual([
      "习近平对双拥工作作出重要指示强调",
      "巩固发展团结 共同续写时代新篇",
    ]);
  });

  it("joins headline lines broken inside a word", () => {
    const { drafts } = groupUnits(unitsOf("中国同斯", "洛伐克签署合作文件", `本报讯　${WILLOWS}`), false);
    expect(drafts[0]?.heading.map((u) => [u.text, u.line, u.lastLine])).toEqual([
      ["中国同斯洛伐克签署合作文件", 1, 3],
    ]);
  });

  it("keeps a subheading inside the article and says which rule kept it", () => {
    const { drafts, messages } = groupUnits(
      unitsOf("小河两岸柳成行", `本报讯　${WILLOWS}`, "柳树成活率很高", WILLOWS_2),
      false,
    );
    expect(shape(drafts)).toEqual([
      ["article", "page-start", ["小河两岸柳成行"], [`本报讯　${WILLOWS}`, "柳树成活率很高", WILLOWS_2]],
    ]);
    expect(messages).toEqual([
      {
        level: "info",
        rule: "segment/cohesion",
        line: 5,
        message: "kept 「柳树成活率很高」 as a subheading inside the article",
      },
    ]);
  });

  it("never takes 核心阅读 under a headline into the headline", () => {
    const { drafts } = groupUnits(
      unitsOf("小河两岸柳成行", "核心阅读", "柳树种下去，河堤变了样。", WILLOWS),
      false,
    );
    expect(shape(drafts)).toEqual([
      ["article", "page-start", ["小河两岸柳成行"], ["核心阅读", "柳树种下去，河堤变了样。", WILLOWS]],
    ]);
  });

  it("starts a headline-less item after a jump line, and one for a caption with its credit", () => {
    const afterJump = groupUnits(
      unitsOf("小河两岸柳成行", `本报讯　${WILLOWS}`, "（下转第7版）", OLD_STREET),
      false,
    ).drafts;
    expect(shape(afterJump).map(([, rule, heading]) => [rule, heading])).toEqual([
      ["page-start", ["小河两岸柳成行"]],
      ["untitled-item", []],
    ]);
    const caption = groupUnits(
      unitsOf("小河两岸柳成行", `本报讯　${WILLOWS}`, "4月22日，公园草木葱茏，市民漫步其间。 ■ 孙文辉"),
      false,
    ).drafts;
    expect(caption.map((d) => d.rule)).toEqual(["page-start", "untitled-item"]);
  });

  it("opens the page with a headline-less item when prose comes first", () => {
    const { drafts } = groupUnits(unitsOf(WILLOWS, "小河两岸柳成行", `本报讯　${WILLOWS_2}`), false);
    expect(shape(drafts)[0]).toEqual(["article", "page-start", [], [WILLOWS]]);
  });

  it("takes a contents box up to its last page mark, handing the headline after it back", () => {
    const { drafts } = groupUnits(
      unitsOf(
        "今日导读",
        "作风深化 实干争先",
        "当好排头兵",
        "第2版",
        "老街焕新颜",
        "第3版",
        "小河两岸柳成行",
        `本报讯　${WILLOWS}`,
      ),
      false,
    );
    expect(shape(drafts)).toEqual([
      ["toc", "toc-head", ["今日导读"], ["作风深化 实干争先", "当好排头兵", "第2版", "老街焕新颜", "第3版"]],
      // Nothing continues a contents box: the next headline opens the page afresh.
      ["article", "page-start", ["小河两岸柳成行"], [`本报讯　${WILLOWS}`]],
    ]);
  });

  it("hands the last headline-like line back when prose follows a contents box without page marks", () => {
    const { drafts } = groupUnits(unitsOf("今日导读", "作风深化 实干争先", "小河两岸柳成行", WILLOWS), false);
    expect(shape(drafts)).toEqual([
      ["toc", "toc-head", ["今日导读"], ["作风深化 实干争先"]],
      ["article", "page-start", ["小河两岸柳成行"], [WILLOWS]],
    ]);
  });

  it("caps a headline run at six lines", () => {
    const run = ["一行甲", "二行乙", "三行丙", "四行丁", "五行戊", "六行己", "七行庚"];
    const { drafts } = groupUnits(unitsOf(...run, WILLOWS), false);
    expect(drafts[0]?.heading).toHaveLength(6);
    expect(drafts[0]?.body.map((u) => u.text)).toEqual(["七行庚", WILLOWS]);
  });

  it("takes a short line ending in a colon or trailing off over a headline line for its kicker", () => {
    for (const kicker of ["某区税务局：", "贴窗花、逛庙会、看花灯……"]) {
      const { drafts } = groupUnits(unitsOf(OLD_STREET, kicker, "柳树成活率很高", WILLOWS), false);
      expect(drafts.at(-1)?.heading.map((u) => u.text)).toEqual([kicker, "柳树成活率很高"]);
    }
    // Over a numbered subheading, the colon leads into the list: it stays prose.
    const { drafts } = groupUnits(unitsOf("小河两岸柳成行", WILLOWS, "具体做法如下：", "一、种树"), false);
    expect(drafts[0]?.body.find((u) => u.text === "具体做法如下：")?.role).toBe("body");
  });

  it("takes a column tag set on its own line under a title into the headline, and nothing else in brackets", () => {
    const { drafts } = groupUnits(unitsOf("小河两岸柳成行", "（城市笔记）", `本报讯　${WILLOWS}`), false);
    expect(shape(drafts)[0]?.[2]).toEqual(["小河两岸柳成行", "（城市笔记）"]);
    for (const line of [
      "（2025年4月23日）",
      "（记者 王小明）",
      "（一）",
      "（本报某地3月9日电）",
      "（作者为某大学教授）",
    ]) {
      const { drafts } = groupUnits(unitsOf("小河两岸柳成行", line, WILLOWS), false);
      expect(
        drafts[0]?.heading.map((u) => u.text),
        line,
      ).toEqual(["小河两岸柳成行"]);
    }
    // Under prose, a bracket is the prose's.
    const { drafts: after } = groupUnits(unitsOf("小河两岸柳成行", WILLOWS, "（城市笔记）"), false);
    expect(after[0]?.body.map((u) => u.text)).toContain("（城市笔记）");
  });

  it("reads two titles in a row, each with its column tag, as two items", () => {
    const { drafts } = groupUnits(
      unitsOf(OLD_STREET, "柳岸春早（中国画）", "河畔人家（版画）", WILLOWS),
      false,
    );
    expect(drafts.map((d) => d.heading.map((u) => u.text))).toEqual([
      [],
      ["柳岸春早（中国画）"],
      ["河畔人家（版画）"],
    ]);
  });

  it("stands a box's title alone, over the dated items it holds", () => {
    const { drafts } = groupUnits(
      unitsOf("速览", "柳树成活率很高", `本报讯　${WILLOWS}`, "老街重新开放", `本报讯　${OLD_STREET}`),
      false,
    );
    expect(shape(drafts)).toEqual([
      [
        "article",
        "page-start",
        ["速览"],
        ["柳树成活率很高", `本报讯　${WILLOWS}`, "老街重新开放", `本报讯　${OLD_STREET}`],
      ],
    ]);
  });
});
