import { describe, expect, it } from "vitest";
import { isoDate, parseIsoDate, weekdayOf } from "./date.js";

describe("isoDate", () => {
  it("pads month and day", () => {
    expect(isoDate({ year: 2025, month: 4, day: 24 })).toBe("2025-04-24");
  });

  it("knows leap years", () => {
    expect(isoDate({ year: 2024, month: 2, day: 29 })).toBe("2024-02-29");
    expect(isoDate({ year: 2000, month: 2, day: 29 })).toBe("2000-02-29");
    expect(isoDate({ year: 1900, month: 2, day: 29 })).toBeNull();
    expect(isoDate({ year: 2025, month: 2, day: 29 })).toBeNull();
  });

  it.each([
    [2025, 2, 30],
    [2019, 13, 1],
    [2019, 0, 10],
    [2019, 4, 31],
    [2019, 4, 0],
    [1799, 1, 1],
    [2200, 1, 1],
    [2019.5, 1, 1],
  ])("rejects %i-%i-%i", (year, month, day) => {
    expect(isoDate({ year, month, day })).toBeNull();
  });
});

describe("parseIsoDate", () => {
  it("accepts real dates only, in YYYY-MM-DD", () => {
    expect(parseIsoDate("2019-02-26")).toBe("2019-02-26");
    expect(parseIsoDate("2025-02-30")).toBeNull();
    expect(parseIsoDate("2019-13-01")).toBeNull();
    expect(parseIsoDate("2019-2-26")).toBeNull();
    expect(parseIsoDate("26/02/2019")).toBeNull();
    expect(parseIsoDate("")).toBeNull();
  });
});

describe("weekdayOf", () => {
  it("matches printed mastheads", () => {
    expect(weekdayOf("2019-02-26")).toBe(2); // 人民日报 2019年2月26日 星期二
    expect(weekdayOf("2025-04-24")).toBe(4); // 聊城日报 2025年4月24日 星期四
    expect(weekdayOf("2000-01-01")).toBe(6);
  });
});
