// What facets and ranking need of every article besides its rowid: paper, page and length. They live in
// search_day, one row per day: a blob of two little-endian u32 per sequence number (paper · 512 + page + 1,
// 0 for none; the length in bigrams), and `gen`, the write that last changed the row. A reader keeps them all
// in memory (8 bytes an article: 8 MB at a million) and, after a write, reloads only the days whose gen moved:
// loading a million articles' attributes from search_doc instead takes ~1 s, from search_day ~20 ms.
import type { Database, Statement } from "better-sqlite3";
import { dayOfRowid, MAX_SEQ, seqOfRowid } from "./rowid.js";
import { DatabaseChanges } from "./sqlite-changes.js";

const PAGES = 512;

export function decodeDay(blob: Uint8Array): Uint32Array {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const out = new Uint32Array(blob.byteLength >> 2);
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}

export function encodeDay(entries: Uint32Array, used: number): Buffer {
  const out = Buffer.alloc(used * 8);
  for (let i = 0; i < used * 2; i++) out.writeUInt32LE(entries[i] as number, i * 4);
  return out;
}

/** The entries of one day being written: a copy, grown as needed, written back by flush(). */
export class DayEntries {
  constructor(
    public entries: Uint32Array,
    /** Sequence numbers in use are below this. */
    public used: number,
  ) {}

  set(seq: number, paper: number, page: number, length: number): void {
    if (seq * 2 + 2 > this.entries.length) {
      const grown = new Uint32Array(Math.max(64, (seq + 1) * 4));
      grown.set(this.entries);
      this.entries = grown;
    }
    this.entries[seq * 2] = paper * PAGES + page + 1;
    this.entries[seq * 2 + 1] = length;
    this.used = Math.max(this.used, seq + 1);
  }

  clear(seq: number): void {
    if (seq >= this.used) return;
    this.entries[seq * 2] = 0;
    this.entries[seq * 2 + 1] = 0;
  }

  /** The next free sequence number: after the last in use, else the first gap; null when the day is full. */
  next(): number | null {
    if (this.used <= MAX_SEQ) return this.used;
    for (let seq = 0; seq <= MAX_SEQ; seq++) if ((this.entries[seq * 2] ?? 0) === 0) return seq;
    return null;
  }
}

/** The write side: days read once per write, changed in memory, written back together with a new gen. */
export class DayWriter {
  private readonly read: Statement<[number], Buffer>;
  private readonly write: Statement<[number, number, Buffer]>;
  private readonly top: Statement<[], number>;

  constructor(db: Database) {
    this.read = db.prepare<[number], Buffer>("SELECT attrs FROM search_day WHERE day = ?").pluck();
    // An upsert, not INSERT OR REPLACE: REPLACE on a table with a second index opens a statement journal, and
    // with it a savepoint in which FTS5 writes out its pending tokens as a small segment of their own.
    this.write = db.prepare(
      "INSERT INTO search_day (day, gen, attrs) VALUES (?, ?, ?) ON CONFLICT (day) DO UPDATE SET gen = excluded.gen, attrs = excluded.attrs",
    );
    this.top = db.prepare<[], number>("SELECT coalesce(max(gen), 0) FROM search_day").pluck();
  }

  /** A session for one write: get() each day it touches, then flush(). */
  session(): { get(day: number): DayEntries; flush(): void } {
    const days = new Map<number, DayEntries>();
    return {
      get: (day) => {
        let entries = days.get(day);
        if (entries === undefined) {
          const blob = this.read.get(day);
          const decoded = blob === undefined ? new Uint32Array(0) : decodeDay(blob);
          entries = new DayEntries(decoded, decoded.length >> 1);
          days.set(day, entries);
        }
        return entries;
      },
      flush: () => {
        if (days.size === 0) return;
        const gen = (this.top.get() ?? 0) + 1;
        for (const [day, e] of days) this.write.run(day, gen, encodeDay(e.entries, e.used));
      },
    };
  }
}

export interface Attributes {
  /** paper · 512 + page + 1 of the article at rowid, 0 when there is none. */
  place(rowid: number): number;
  length(rowid: number): number;
  /** Articles in the index and their mean length. */
  docs: number;
  meanLength: number;
}

export function placeParts(place: number): { paper: number; page: number } {
  return { paper: Math.floor((place - 1) / PAGES), page: (place - 1) % PAGES };
}

/** Every day's entries with their totals: articles and the sum of their lengths. */
class Days {
  constructor(
    readonly entries = new Map<number, Uint32Array>(),
    public docs = 0,
    public lengths = 0,
  ) {}

  /** Puts a day's new entries in place of its old ones, keeping the totals. */
  replace(day: number, entries: Uint32Array): void {
    for (const [list, sign] of [
      [this.entries.get(day), -1],
      [entries, 1],
    ] as const) {
      if (list === undefined) continue;
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] === 0) continue;
        this.docs += sign;
        this.lengths += sign * (list[i + 1] as number);
      }
    }
    this.entries.set(day, entries);
  }

  copy(): Days {
    return new Days(new Map(this.entries), this.docs, this.lengths);
  }

  view(): Attributes {
    const entry = (rowid: number, field: number): number =>
      this.entries.get(dayOfRowid(rowid))?.[seqOfRowid(rowid) * 2 + field] ?? 0;
    return {
      place: (rowid) => entry(rowid, 0),
      length: (rowid) => entry(rowid, 1),
      docs: this.docs,
      meanLength: this.docs === 0 ? 0 : this.lengths / this.docs,
    };
  }
}

/**
 * The read side: every day's entries in memory, refreshed from the days written since (gen) whenever the
 * database has changed. Inside a transaction, which may yet roll back, changes are read but not kept.
 */
export class DayReader {
  private readonly days = new Days();
  private gen = 0;
  private readonly since: Statement<[number], { day: number; gen: number; attrs: Buffer }>;
  private readonly changes: DatabaseChanges;

  constructor(private readonly db: Database) {
    this.since = db.prepare("SELECT day, gen, attrs FROM search_day WHERE gen > ?");
    this.changes = new DatabaseChanges(db);
  }

  attributes(): Attributes {
    if (this.db.inTransaction) {
      const days = this.days.copy();
      for (const row of this.since.all(this.gen)) days.replace(row.day, decodeDay(row.attrs));
      return days.view();
    }
    if (this.changes.changed()) {
      for (const row of this.since.all(this.gen)) {
        this.days.replace(row.day, decodeDay(row.attrs));
        if (row.gen > this.gen) this.gen = row.gen;
      }
    }
    return this.days.view();
  }
}
