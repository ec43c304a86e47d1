import { describe, expect, it } from "vitest";
import { emptyArticle } from "../model/index.js";
import { assign, comparedBodies, matchArticles, prepare } from "./match.js";
import { dice } from "./text.js";

const BODY_A = "今年春天，县里组织志愿者沿着小河两岸种下三千棵柳树，河堤上散步的居民越来越多。";
const BODY_B = "东关老街完成改造后重新开放，青石板路恢复了原来的模样，沿街木门窗重新刷了桐油。";

const article = (title: string | null, ...paragraphs: string[]) => ({ ...emptyArticle(), title, paragraphs });
const pairsOf = (gold: ReturnType<typeof article>[], pred: ReturnType<typeof article>[]) =>
  matchArticles(gold.map(prepare), pred.map(prepare)).pairs.map((p) => [p.gold, p.pred]);

describe("assign", () => {
  it("takes pairs greedily by similarity, each item at most once", () => {
    const matching = assign([
      { gold: 0, pred: 0, similarity: 0.95 },
      { gold: 0, pred: 1, similarity: 0.99 },
      { gold: 1, pred: 1, similarity: 0.97 },
      { gold: 1, pred: 0, similarity: 0.92 },
    ]);
    expect(matching.pairs.map((p) => [p.gold, p.pred])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(matching.byPred.get(0)?.gold).toBe(1);
  });

  it("breaks ties by reading-order distance", () => {
    const matching = assign([
      { gold: 2, pred: 0, similarity: 1 },
      { gold: 2, pred: 2, similarity: 1 },
    ]);
    expect(matching.byGold.get(2)?.pred).toBe(2);
  });
});

describe("matchArticles", () => {
  it("matches bodies regardless of order and title", () => {
    expect(
      pairsOf([article("甲", BODY_A), article("乙", BODY_B)], [article(null, BODY_B), article("丙", BODY_A)]),
    ).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it("does not match below Dice 0.9: half a body is another article", () => {
    const half = BODY_A.slice(0, BODY_A.length / 2);
    expect(pairsOf([article("甲", BODY_A)], [article("甲", half)])).toEqual([]);
  });

  it("gives a body to one prediction only, the closer copy", () => {
    const near = `${BODY_A}（完）`;
    expect(pairsOf([article("甲", BODY_A)], [article("甲", near), article("甲", BODY_A)])).toEqual([[0, 1]]);
  });

  it("matches a gold item without body by its title", () => {
    expect(pairsOf([article("招聘启事")], [article("天气"), article(" 招聘启事 ")])).toEqual([[0, 1]]);
    expect(pairsOf([article("招聘启事")], [article("寻物启事")])).toEqual([]);
  });

  it("matches an item with neither body nor title only to another such item", () => {
    expect(pairsOf([article(null)], [article(null, BODY_A), article(null)])).toEqual([[0, 1]]);
  });
});

describe("comparedBodies", () => {
  const caption = "图：志愿者在小河两岸种下三千棵柳树。";
  const parsed = { ...article("小河两岸柳成行", caption), credits: ["本报记者 张三摄"], creditsAt: [1] };
  const score = (gold: Parameters<typeof prepare>[0]) =>
    dice(...comparedBodies(prepare(gold), prepare(parsed)));

  it("compares a corpus-gold body, its photo credit the last paragraph, in print order: exact", () => {
    // Corpus gold has no dateline key: bylines and credits are in its text.
    expect(score({ title: "小河两岸柳成行", paragraphs: [caption, "本报记者 张三摄"] })).toBe(1);
    expect(score({ title: "小河两岸柳成行", paragraphs: ["本报记者 张三摄", caption] })).toBeLessThan(1);
  });

  it("compares paragraphs alone where gold annotates the dateline, credits and all", () => {
    expect(score({ ...article("小河两岸柳成行", caption), dateline: null })).toBe(1);
  });
});
