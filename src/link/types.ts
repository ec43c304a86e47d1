// What issue linking reads (the parsed pages of one issue) and writes (links with evidence, and messages).
import type { Article, Message } from "../model/index.js";

/** One parsed article with its archive id (lcrb-2025-04-24-a-p01-a04, or any id unique in the issue). */
export interface LinkArticle {
  id: string;
  article: Article;
}

/** One page of an issue, articles in reading order. */
export interface LinkPage {
  page: number;
  articles: readonly LinkArticle[];
}

/** Why a jump link was made: each signal in 0–1. */
export interface JumpEvidence {
  /** How the continuation's headline relates to the start's: reprinted, shortened, similar or not at all. */
  headline: "same" | "shortened" | "similar" | "none";
  /** Headline similarity, 1 for the same or a shortened headline. */
  title: number;
  /** 0 when the parts' edges contradict (a head cut mid-sentence, a tail opening a sentence), else 1. */
  continuity: number;
  /** Keyword (character-bigram, tf-idf weighted) cosine of the two parts' text. */
  keywords: number;
  /** How many candidates each side had: 1×1 is a forced choice, more is an assignment. */
  candidates: { starts: number; continuations: number };
}

/** Why a contents entry was linked to an article. */
export interface TocEvidence {
  /** Index of the entry in the contents box. */
  entry: number;
  entryTitle: string;
  /** Headline similarity of entry and article. */
  title: number;
  /** The page the entry announces, null when it prints none (the article was then found by title alone). */
  page: number | null;
}

export type Link =
  | { kind: "jump"; from: string; to: string; confidence: number; evidence: JumpEvidence }
  | { kind: "toc"; from: string; to: string; confidence: number; evidence: TocEvidence };

export type LinkKind = Link["kind"];

/** A message about one article of the issue (an unmatched jump line, a contents entry with no article). */
export interface LinkMessage extends Message {
  rule: string;
  article: string;
}

export interface IssueLinks {
  links: Link[];
  messages: LinkMessage[];
}
