// One article made ready for the index, without the database: its checked day, fingerprint, token text and
// length. Pure (jieba aside, which is given), so that a bulk load can run it in worker threads while the one
// writer thread inserts (sqlite-write.ts takes these as they are).
// String.prototype.isWellFormed (wellFormed below): Node 20 has it; the project's lib, ES2023, does not.
/// <reference lib="es2024.string" />
import { createHash } from "node:crypto";
import type { Jieba } from "@node-rs/jieba";
import { authorKey, docColumns } from "./columns.js";
import type { Cut } from "./compile.js";
import type { SearchDoc } from "./contract.js";
import { dayOf, FIRST_YEAR, LAST_YEAR, MAX_PAGE } from "./rowid.js";
import { docTokens } from "./tokens.js";
import { cutWords, docWords, UserWords } from "./words.js";

/**
 * Text as the writer binds it: a string, or its UTF-8 bytes (stored as TEXT all the same). A reading thread
 * sends the long texts as bytes (store/ready.ts packIssue): they cross threads as one copy, bind to SQLite
 * without conversion, and are no JS strings on the writer's heap (as strings, held until their batch was
 * written, they survived every scavenge: --trace-gc showed ~5 of ~70 MB freed each time).
 */
export type StoredText = string | Uint8Array;

/** A SearchDoc as the writer takes it: its title, headline and body maybe as UTF-8 bytes. */
export type WritableDoc = Omit<SearchDoc, "title" | "headline" | "body"> & {
  title: StoredText;
  headline: StoredText;
  body: StoredText;
};

/** A PreparedDoc as the writer takes it (upsertPrepared): its long texts and tokens maybe as UTF-8 bytes. */
export interface WritablePrepared extends Omit<PreparedDoc, "doc" | "tokens"> {
  doc: WritableDoc;
  tokens: StoredText;
}

const UTF8 = new TextDecoder();

/** A StoredText as a string. */
export function textOf(text: StoredText): string {
  return typeof text === "string" ? text : UTF8.decode(text);
}

/** A WritableDoc as the SearchDoc it stands for. */
export function searchDocOf(doc: WritableDoc): SearchDoc {
  return { ...doc, title: textOf(doc.title), headline: textOf(doc.headline), body: textOf(doc.body) };
}

export interface PreparedDoc {
  doc: SearchDoc;
  /** rowid.ts's date key. */
  day: number;
  /** Of every stored field: re-ingesting an unchanged article costs no indexing. */
  hash: string;
  /** Bigrams, marked bigrams, headline characters and words, each once (tokens.ts). */
  tokens: string;
  /** Bigrams of head, body and authors: BM25's document length. */
  length: number;
  /** A number 0–65535 fixed by the hash: which sample tokens the article carries (tokens.ts, count.ts). */
  draw: number;
  authorKeys: string[];
}

/**
 * The fields search_doc stores, in its column order after doc and id; the hash is taken over them (as strings:
 * T is string there).
 */
export function storedFields<T extends StoredText>(
  doc: Omit<SearchDoc, "title" | "headline" | "body"> & { title: T; headline: T; body: T },
): [string, string, number, string, T, T, T, string] {
  const authors = JSON.stringify(doc.authors);
  return [doc.paper, doc.date, doc.page, doc.kind, doc.title, doc.headline, doc.body, authors];
}

// A UTF-16 unit of a surrogate pair standing alone (a PDF text layer can hold one).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A text with each lone surrogate as U+FFFD, as TextEncoder writes it: the same bytes whether a document reaches
 * SQLite as UTF-8 (packIssue) or as a string, of which better-sqlite3 writes a lone surrogate as invalid UTF-8.
 */
export function wellFormed(text: string): string {
  // isWellFormed first: ~1 µs against ~6 µs for the regex over 1,700 characters (Node 20, one run).
  return text.isWellFormed() ? text : text.replace(LONE_SURROGATE, "\uFFFD");
}

/**
 * A bulk load's batch prepared (bench:search's PreparePool, in a thread or not): each document cut with the
 * batch's own user words kept whole (no archive words: such a load starts from none). Throws as prepareDoc does.
 */
export function prepareBatch(docs: readonly SearchDoc[], jieba: Jieba): PreparedDoc[] {
  const words = new UserWords(docs.flatMap(docWords));
  return docs.map((d) => prepareDoc(d, (text) => cutWords(jieba, text, words)));
}

/** Throws, naming the article, on a date or page the index cannot hold. Its texts are made wellFormed(). */
export function prepareDoc(input: SearchDoc, cut: Cut): PreparedDoc {
  const doc = {
    ...input,
    title: wellFormed(input.title),
    headline: wellFormed(input.headline),
    body: wellFormed(input.body),
  };
  const day = dayOf(doc.date);
  if (day === null)
    throw new Error(
      `search index: ${doc.id}: date '${doc.date}' is not YYYY-MM-DD in ${FIRST_YEAR}–${LAST_YEAR}`,
    );
  if (!Number.isInteger(doc.page) || doc.page < 0 || doc.page > MAX_PAGE)
    throw new Error(`search index: ${doc.id}: page ${doc.page} is not a whole number 0–${MAX_PAGE}`);
  const digest = createHash("sha1")
    .update(JSON.stringify(storedFields(doc)))
    .digest();
  const columns = docColumns(doc);
  const { text, length } = docTokens({ ...columns, words: cut(columns.head) });
  return {
    doc,
    day,
    hash: digest.toString("base64"),
    tokens: text,
    length,
    draw: digest.readUInt16BE(0),
    authorKeys: [...new Set(doc.authors.map(authorKey))].filter((k) => k !== ""),
  };
}
