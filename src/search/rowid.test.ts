// Rowids: (day, sequence) round-trips, orders like dates, and stays a safe integer at the top of every range.
import { describe, expect, it } from "vitest";
import { resolveDate } from "./filters.js";
import { dayOf, dayOfRowid, dayRange, MAX_SEQ, packRowid, seqOfRowid, yearOfDay } from "./rowid.js";

describe("rowids", () => {
  it("round-trips day and sequence and stays a safe integer at the top of the range", () => {
    const day = dayOf("2105-12-31") as number;
    const rowid = packRowid(day, MAX_SEQ);
    expect(Number.isSafeInteger(rowid)).toBe(true);
    expect([dayOfRowid(rowid), seqOfRowid(rowid)]).toEqual([day, MAX_SEQ]);
    const [lo, hi] = dayRange(day, day);
    expect(lo <= packRowid(day, 0) && rowid <= hi && hi < packRowid(day + 1, 0)).toBe(true);
  });

  it("orders like the dates and rejects dates it cannot hold", () => {
    const days = ["1850-01-01", "1999-12-31", "2000-01-01", "2024-02-29", "2024-03-01"].map(dayOf);
    expect(days).toEqual([...days].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(packRowid(days[1] as number, MAX_SEQ)).toBeLessThan(packRowid(days[2] as number, 0));
    expect(yearOfDay(dayOf("2024-12-31") as number)).toBe(2024);
    for (const bad of ["1849-12-31", "2106-01-01", "2025-02-29", "2025-4-1", "x"])
      expect(dayOf(bad)).toBeNull();
  });

  it("resolves a year or a month to its first or last day, clamping to what the index holds", () => {
    expect(resolveDate("2024", "first")).toBe(dayOf("2024-01-01"));
    expect(resolveDate("2024", "last")).toBe(dayOf("2024-12-31"));
    expect(resolveDate("2024-02", "last")).toBe(dayOf("2024-02-29"));
    expect(resolveDate("1700-05-05", "first")).toBe(0);
  });
});
