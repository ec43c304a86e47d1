import { describe, expect, it } from "vitest";
import { chineseDate, headerLine, weekday } from "./header.js";
import { mulberry32 } from "./random.js";

describe("header", () => {
  it("knows the weekday", () => {
    expect(weekday("2019-02-01")).toBe("星期五");
    expect(weekday("2020-01-01")).toBe("星期三");
    expect(weekday("2025-04-24")).toBe("星期四");
  });

  it("writes dates without leading zeros", () => {
    expect(chineseDate("2019-02-01")).toBe("2019年2月1日");
    expect(chineseDate("2019-10-08")).toBe("2019年10月8日");
  });

  it("prints paper, date, weekday and page with wide separators", () => {
    const forms = new Set<string>();
    for (let seed = 0; seed < 50; seed++) {
      const line = headerLine({ paper: "人民日报", date: "2019-02-01", page: 3 }, mulberry32(seed));
      expect(line).toMatch(/^人民日报( {2,3}|\u3000)2019年2月1日\1星期五\1第0?3版$/);
      forms.add(line);
    }
    expect(forms.size).toBeGreaterThan(3);
  });
});
