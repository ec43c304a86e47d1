// search_day's entries: they round-trip through the blob, hand out sequence numbers in order and then the
// gaps, and a reader sees another connection's writes.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { DayEntries, DayReader, DayWriter, decodeDay, encodeDay, placeParts } from "./attrs.js";
import { packRowid } from "./rowid.js";
import { createTables } from "./schema.js";

describe("day attributes", () => {
  it("round-trip through the blob and name paper and page", () => {
    const day = new DayEntries(new Uint32Array(0), 0);
    day.set(0, 3, 16, 900);
    day.set(2, 1023, 511, 2 ** 31);
    const back = decodeDay(encodeDay(day.entries, day.used));
    expect([...back]).toEqual([3 * 512 + 16 + 1, 900, 0, 0, 1023 * 512 + 511 + 1, 2 ** 31]);
    expect(placeParts(back[4] as number)).toEqual({ paper: 1023, page: 511 });
  });

  it("hands out the next sequence number, then the first gap when the day is full", () => {
    const day = new DayEntries(new Uint32Array(0), 0);
    expect(day.next()).toBe(0);
    day.set(0, 1, 1, 1);
    day.set(1, 1, 1, 1);
    day.clear(0);
    expect(day.next()).toBe(2);
    const full = new DayEntries(new Uint32Array(0), 2 ** 20);
    expect(full.next()).toBe(0);
  });

  it("is read back by another connection after each write, and only days that changed are reloaded", () => {
    const db = new Database(":memory:");
    createTables(db, "2");
    const writer = new DayWriter(db);
    const reader = new DayReader(db);
    const session = writer.session();
    session.get(100).set(0, 2, 5, 400);
    session.get(101).set(0, 2, 6, 600);
    session.flush();
    let attrs = reader.attributes();
    expect(attrs.docs).toBe(2);
    expect(attrs.meanLength).toBe(500);
    expect(placeParts(attrs.place(packRowid(101, 0)))).toEqual({ paper: 2, page: 6 });
    const again = writer.session();
    again.get(100).clear(0);
    again.flush();
    attrs = reader.attributes();
    expect(attrs.docs).toBe(1);
    expect(attrs.place(packRowid(100, 0))).toBe(0);
    expect(attrs.length(packRowid(101, 0))).toBe(600);
  });
});
