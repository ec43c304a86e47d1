import { describe, expect, it } from "vitest";
import { assignHeadline } from "./headline.js";

// Made-up headlines; 高唐/临清 labels and the 双拥 kicker are after the sample page.
const none = { label: null, kicker: null, title: null, subtitle: null };

describe("assignHeadline: roles by line count", () => {
  it("gives nothing for no lines and the title for one", () => {
    expect(assignHeadline([])).toEqual(none);
    expect(assignHeadline(["小河两岸柳成行"])).toEqual({ ...none, title: "小河两岸柳成行" });
  });

  it("reads two lines as kicker over title", () => {
    expect(assignHeadline(["习近平对双拥工作作出重要指示强调", "巩固发展团结 共同续写时代新篇"])).toEqual({
      ...none,
      kicker: "习近平对双拥工作作出重要指示强调",
      title: "巩固发展团结 共同续写时代新篇",
    });
  });

  it("reads three lines as kicker, title and subtitle", () => {
    expect(assignHeadline(["春风里的小河", "小河两岸柳成行", "志愿者种下三千棵柳树"])).toEqual({
      ...none,
      kicker: "春风里的小河",
      title: "小河两岸柳成行",
      subtitle: "志愿者种下三千棵柳树",
    });
  });
});

describe("assignHeadline: subtitles and kickers", () => {
  it("takes a line opening with a dash as the subtitle, the line above it as the title", () => {
    expect(assignHeadline(["小河两岸柳成行", "——记县里的植树志愿者"])).toEqual({
      ...none,
      title: "小河两岸柳成行",
      subtitle: "——记县里的植树志愿者",
    });
    expect(assignHeadline(["某市社区书记", "述职会当场点问题", "——副题在这一行"])).toEqual({
      ...none,
      kicker: "某市社区书记",
      title: "述职会当场点问题",
      subtitle: "——副题在这一行",
    });
  });

  it.each(["社区书记述职会——", "市气象局：", "县委书记在会议上强调"])(
    "keeps %s, a line leading into the title, as the kicker",
    (kicker) => {
      const h = assignHeadline([kicker, "柳树成活率达九成"]);
      expect([h.kicker, h.title, h.subtitle]).toEqual([kicker, "柳树成活率达九成", null]);
    },
  );

  it("takes a long deck under a short title as the subtitle", () => {
    const deck = "县里拿出专项资金修缮沿街老房，青石板路恢复了原来的模样";
    expect(assignHeadline(["东关老街重新开放", deck])).toEqual({
      ...none,
      title: "东关老街重新开放",
      subtitle: deck,
    });
  });

  it("takes the line under a column-tagged title as its subtitle", () => {
    expect(assignHeadline(["让老物件讲好新故事（城市笔记）", "写在博物馆日"])).toEqual({
      ...none,
      title: "让老物件讲好新故事（城市笔记）",
      subtitle: "写在博物馆日",
    });
  });
});

describe("assignHeadline: labels", () => {
  it("splits a place label off the title", () => {
    expect(assignHeadline(["高唐 14笔专利权质押融资 1.26亿元"])).toEqual({
      ...none,
      label: "高唐",
      title: "14笔专利权质押融资 1.26亿元",
    });
    expect(assignHeadline(["临清 高校专家团赋能轴承产业发展"]).label).toBe("临清");
    expect(assignHeadline(["聊城市 老街焕新颜迎来八方客"]).label).toBe("聊城市");
  });

  it("does not read parallel headlines as labelled", () => {
    expect(assignHeadline(["码头忙 订单旺"])).toEqual({ ...none, title: "码头忙 订单旺" });
    expect(assignHeadline(["春耕 春管 春种一起抓"])).toEqual({ ...none, title: "春耕 春管 春种一起抓" });
  });

  it("does not split a label off a short title or one that carries a column tag", () => {
    expect(assignHeadline(["高唐 老街新貌"]).label).toBeNull();
    expect(assignHeadline(["高唐 小河两岸柳成行（地方观察）"]).label).toBeNull();
  });
});
