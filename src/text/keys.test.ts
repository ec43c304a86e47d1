// countKeys against a Map: the same distinct keys, in first-seen order, with the same counts.
import { describe, expect, it } from "vitest";
import { countKeys } from "./keys.js";

describe("countKeys", () => {
  it("counts each distinct key once, in the order first seen", () => {
    const keys = Uint32Array.from([0x5c0f_6cb3, 7, 0x5c0f_6cb3, 0, 0xffff_fffe, 7, 7]);
    const counted = countKeys(keys);
    expect([...counted.keys]).toEqual([0x5c0f_6cb3, 7, 0, 0xffff_fffe]);
    expect([...counted.counts]).toEqual([2, 3, 1, 1]);
    expect(counted.size).toBe(4);
  });

  it("agrees with a Map on many keys with collisions", () => {
    let seed = 11;
    const keys = Uint32Array.from({ length: 5_000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return (seed % 900) * 65_536;
    });
    const map = new Map<number, number>();
    for (const k of keys) map.set(k, (map.get(k) ?? 0) + 1);
    const counted = countKeys(keys);
    expect([...counted.keys].map((k, i) => [k, counted.counts[i]])).toEqual([...map]);
  });

  it("takes no keys", () => {
    expect(countKeys(new Uint32Array(0)).size).toBe(0);
  });
});
