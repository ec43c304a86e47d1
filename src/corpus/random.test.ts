import { describe, expect, it } from "vitest";
import { hashString, mulberry32, rngFor } from "./random.js";

describe("random", () => {
  it("hashes strings to stable unsigned 32-bit values", () => {
    expect(hashString("版面")).toBe(hashString("版面"));
    expect(hashString("版面")).not.toBe(hashString("版面 "));
    expect(hashString("")).toBeGreaterThanOrEqual(0);
    expect(hashString("abc")).toBeLessThan(2 ** 32);
  });

  it("replays the same sequence for the same seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it("keeps int() inside its bounds and reaches both ends", () => {
    const rng = mulberry32(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = rng.int(10, 25);
      expect(n).toBeGreaterThanOrEqual(10);
      expect(n).toBeLessThanOrEqual(25);
      seen.add(n);
    }
    expect(seen.size).toBe(16);
  });

  it("names independent streams", () => {
    expect(rngFor(1, "p1", "damage").next()).toBe(rngFor(1, "p1", "damage").next());
    expect(rngFor(1, "p1", "damage").next()).not.toBe(rngFor(1, "p1", "layout").next());
    expect(rngFor(1, "p1", "damage").next()).not.toBe(rngFor(2, "p1", "damage").next());
  });

  it("refuses to pick from an empty array", () => {
    expect(() => mulberry32(1).pick([])).toThrow(/non-empty/);
  });
});
