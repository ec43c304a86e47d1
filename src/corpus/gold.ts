// The expected parse of a rendered page: a Page whose articles carry only what the corpus knows.
import type { Article, Page } from "../model/index.js";

/**
 * Kind, dateline, authors, label and editorNote are absent on purpose: the corpus does not annotate
 * them (its picture items are plain articles titled 图片报道), and the evaluator skips fields a gold
 * article does not have.
 */
export type GoldArticle = Pick<
  Article,
  "kicker" | "title" | "subtitle" | "paragraphs" | "continuesOn" | "continuedFrom"
>;

export interface GoldPage extends Omit<Page, "articles"> {
  articles: GoldArticle[];
}
