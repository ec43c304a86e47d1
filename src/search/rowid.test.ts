// Packed rowids: they round-trip, order like dates, and carry the facet key.
import { describe, expect, it } from "vitest";
import { resolveDate } from "./filters.js";
import { dayOf, facetKey, facetKeyParts, packRowid, unpackRowid, yearOfDay } from "./rowid.js";

describe("rowid packing", () => {
  it("round-trips every field and stays a safe integer at the top of every range", () => {
    const slot = { day: dayOf("2105-12-31") as number, paper: 1023, page: 511, kind: 7 };
    const rowid = packRowid(slot, 16383);
    expect(Number.isSafeInteger(rowid)).toBe(true);
    expect(unpackRowid(rowid)).toEqual({ ...slot, seq: 16383 });
    expect(facetKeyParts(facetKey(rowid))).toEqual({ year: 2105, paper: 1023, page: 511 });
  });

  it("orders like the dates and rejects dates it cannot hold", () => {
    const days = ["1850-01-01", "1999-12-31", "2000-01-01", "2024-02-29", "2024-03-01"].map(dayOf);
    expect(days).toEqual([...days].sort((a, b) => (a ?? 0) - (b ?? 0)));
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
