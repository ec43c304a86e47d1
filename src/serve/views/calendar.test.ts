import { describe, expect, it } from "vitest";
import { monthWeeks } from "./calendar.js";

describe("monthWeeks", () => {
  it("starts April 2025 on a Tuesday and ends it on a Wednesday", () => {
    const weeks = monthWeeks("2025-04");
    expect(weeks[0]).toEqual([null, 1, 2, 3, 4, 5, 6]);
    expect(weeks.at(-1)).toEqual([28, 29, 30, null, null, null, null]);
    expect(weeks).toHaveLength(5);
  });

  it("knows leap years and months that start on a Monday", () => {
    const feb = monthWeeks("2024-02");
    expect(feb.flat().filter((d) => d !== null)).toHaveLength(29);
    expect(monthWeeks("2025-09")[0]?.[0]).toBe(1);
  });

  it("gives every month whole weeks holding each day once, in order", () => {
    for (const ym of ["2019-02", "2020-02", "2021-08", "2026-11"]) {
      const weeks = monthWeeks(ym);
      expect(weeks.every((w) => w.length === 7)).toBe(true);
      const days = weeks.flat().filter((d): d is number => d !== null);
      expect(days).toEqual(days.map((_, i) => i + 1));
    }
  });
});
