// Two made-up articles and a bare page around them: what the eval tests score.
import { type Article, emptyArticle, type Page } from "../model/index.js";

export const RIVER: Article = {
  ...emptyArticle(),
  title: "小河公园开园",
  paragraphs: ["今天上午，小河公园正式开园，市民纷纷前来游览。"],
};

export const STREET: Article = {
  ...emptyArticle(),
  title: "老街新貌",
  paragraphs: ["东关老街完成改造后重新开放，青石板路恢复了原来的模样。"],
};

/** A page of `file` holding `articles`, nothing else known. */
export const pageOf = (file: string, articles: Page["articles"]): Page => ({
  file,
  paper: null,
  date: null,
  page: null,
  pageName: null,
  articles,
  removed: [],
  messages: [],
});
