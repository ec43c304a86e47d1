// The archive's article texts for its search index (search/texts.ts): search_doc keeps no second copy of each
// body, and the index reads it back from articles.data when it checks a candidate or cuts a snippet.
import {
  type ArticleTexts,
  createSqliteSearchIndex,
  type SqliteSearchIndex,
  type SqliteSearchOptions,
  wellFormed,
} from "../../search/index.js";
import { searchBody } from "../search-doc.js";
import type { Db } from "./open.js";
import { toArticle } from "./rows.js";

/** The texts of the articles in `db`; undefined when it has no articles table (a standalone search index). */
export function articleTexts(db: Db): ArticleTexts | undefined {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'").get();
  if (table === undefined) return undefined;
  const data = db.prepare<[string], string>("SELECT data FROM articles WHERE id = ?").pluck();
  return (id) => {
    const json = data.get(id);
    // Lone surrogates as U+FFFD, as the index made its tokens and hash from (prepare.ts).
    return json === undefined ? undefined : wellFormed(searchBody(toArticle(json)));
  };
}

/**
 * The search index in an archive's database, with the archive's article texts when it has articles: how every
 * command, the reader and the tests open it (a file of search tables alone, as bench:search makes, has none).
 */
export function archiveSearchIndex(db: Db, options: SqliteSearchOptions = {}): SqliteSearchIndex {
  const texts = articleTexts(db);
  return createSqliteSearchIndex(db, texts === undefined ? options : { ...options, texts });
}
