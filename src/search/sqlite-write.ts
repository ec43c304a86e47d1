// Writing to the SQLite search index: upsert and remove, inside the caller's transaction when there is one.
// Each article's row keeps its rowid while its date, paper, page and kind stay the same (rowid.ts).
import { createHash } from "node:crypto";
import type { Database, Statement } from "better-sqlite3";
import { authorKey, docColumns } from "./columns.js";
import type { Cut } from "./compile.js";
import type { SearchDoc } from "./contract.js";
import type { PaperNumbers } from "./papers.js";
import { dayOf, FIRST_YEAR, kindCode, LAST_YEAR, MAX_PAGE, MAX_SEQ, packRowid } from "./rowid.js";
import { bigramText, charText, wordText } from "./tokens.js";

interface Existing {
  doc: number;
  hash: string;
  authors: string;
}

export class SearchWriter {
  private readonly existing: Statement<[string], Existing>;
  private readonly topOfSlot: Statement<[number, number], { top: number | null }>;
  private readonly docsInSlot: Statement<[number, number], { doc: number }>;
  private readonly insertFts: Statement<unknown[]>;
  private readonly deleteFts: Statement<[number]>;
  private readonly insertDoc: Statement<unknown[]>;
  private readonly deleteDoc: Statement<[number]>;
  private readonly insertAuthor: Statement<[string, number]>;
  private readonly deleteAuthor: Statement<[string, number]>;
  readonly upsert: (docs: readonly SearchDoc[]) => void;
  readonly remove: (ids: readonly string[]) => void;

  constructor(
    db: Database,
    private readonly papers: PaperNumbers,
    private readonly cut: Cut,
  ) {
    this.existing = db.prepare("SELECT doc, hash, authors FROM search_doc WHERE id = ?");
    this.topOfSlot = db.prepare("SELECT max(doc) AS top FROM search_doc WHERE doc BETWEEN ? AND ?");
    this.docsInSlot = db.prepare("SELECT doc FROM search_doc WHERE doc BETWEEN ? AND ? ORDER BY doc");
    this.insertFts = db.prepare("INSERT INTO search_fts (rowid, h, b, a, hw, hu) VALUES (?, ?, ?, ?, ?, ?)");
    this.deleteFts = db.prepare("DELETE FROM search_fts WHERE rowid = ?");
    this.insertDoc = db.prepare(
      "INSERT INTO search_doc (doc, id, paper, date, page, kind, title, headline, body, authors, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    this.deleteDoc = db.prepare("DELETE FROM search_doc WHERE doc = ?");
    this.insertAuthor = db.prepare("INSERT OR IGNORE INTO search_author (name, doc) VALUES (?, ?)");
    this.deleteAuthor = db.prepare("DELETE FROM search_author WHERE name = ? AND doc = ?");
    // better-sqlite3 runs a transaction function as a savepoint inside the caller's transaction, if any.
    this.upsert = db.transaction((docs: readonly SearchDoc[]) => {
      // In rowid order: FTS5 writes its pending tokens out as a new segment whenever a rowid comes in lower
      // than the last one, and a page mixing kinds (article, photo, article) would otherwise do that often.
      const placed = docs.map((doc) => ({ doc, base: this.slotBase(doc) }));
      placed.sort((x, y) => x.base - y.base);
      for (const { doc, base } of placed) this.upsertOne(doc, base);
    });
    this.remove = db.transaction((ids: readonly string[]) => {
      for (const id of ids) {
        const row = this.existing.get(id);
        if (row) this.drop(row.doc, row.authors);
      }
    });
  }

  /** The first rowid of the document's slot (rowid.ts); throws on a date or page the rowid cannot hold. */
  private slotBase(doc: SearchDoc): number {
    const day = dayOf(doc.date);
    if (day === null)
      throw new Error(
        `search index: ${doc.id}: date '${doc.date}' is not YYYY-MM-DD in ${FIRST_YEAR}–${LAST_YEAR}`,
      );
    if (!Number.isInteger(doc.page) || doc.page < 0 || doc.page > MAX_PAGE) {
      throw new Error(`search index: ${doc.id}: page ${doc.page} is not a whole number 0–${MAX_PAGE}`);
    }
    return packRowid(
      { day, paper: this.papers.numberOf(doc.paper), page: doc.page, kind: kindCode(doc.kind) },
      0,
    );
  }

  private upsertOne(doc: SearchDoc, base: number): void {
    const authors = JSON.stringify(doc.authors);
    const fields = [doc.paper, doc.date, doc.page, doc.kind, doc.title, doc.headline, doc.body, authors];
    const hash = createHash("sha1").update(JSON.stringify(fields)).digest("base64");
    const old = this.existing.get(doc.id);
    if (old?.hash === hash) return;

    let rowid: number;
    if (old && old.doc >= base && old.doc <= base + MAX_SEQ) {
      rowid = old.doc;
      this.drop(old.doc, old.authors);
    } else {
      if (old) this.drop(old.doc, old.authors);
      rowid = this.allocate(base);
    }

    const columns = docColumns(doc);
    this.insertFts.run(
      rowid,
      bigramText(columns.head),
      bigramText(columns.body),
      bigramText(columns.authors),
      wordText(this.cut(columns.head)),
      charText(columns.head),
    );
    this.insertDoc.run(rowid, doc.id, ...fields, hash);
    for (const name of new Set(doc.authors.map(authorKey)))
      if (name !== "") this.insertAuthor.run(name, rowid);
  }

  private drop(rowid: number, authorsJson: string): void {
    this.deleteFts.run(rowid);
    this.deleteDoc.run(rowid);
    for (const name of JSON.parse(authorsJson) as string[]) this.deleteAuthor.run(authorKey(name), rowid);
  }

  /** The next free rowid of a slot: after the last one in use, else the first gap. */
  private allocate(base: number): number {
    const top = this.topOfSlot.get(base, base + MAX_SEQ)?.top ?? null;
    if (top === null) return base;
    if (top < base + MAX_SEQ) return top + 1;
    let expected = base;
    for (const { doc } of this.docsInSlot.iterate(base, base + MAX_SEQ)) {
      if (doc !== expected) return expected;
      expected++;
    }
    throw new Error(`search index: more than ${MAX_SEQ + 1} articles of one kind on one page of one day`);
  }
}
