// The assignment behind jump and contents links: best pairing as a whole, not best pair first.
import { describe, expect, it } from "vitest";
import { assign } from "./assign.js";

describe("assign", () => {
  it("takes the pairing with the best total where greedy would steal a row's only good column", () => {
    // Greedy takes (0,0)=0.9 first and leaves row 1 with 0.1; the assignment gives 0.8 + 0.85.
    const scores = [
      [0.9, 0.8],
      [0.85, 0.1],
    ];
    expect(assign(scores, 0.4)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it("leaves out pairs under the floor and handles more rows than columns and the reverse", () => {
    expect(assign([[0.3], [0.7], [0.5]], 0.4)).toEqual([[1, 0]]);
    expect(assign([[0.2, 0.9, 0.6]], 0.4)).toEqual([[0, 1]]);
    expect(assign([[0.1, 0.2]], 0.4)).toEqual([]);
  });

  it("is empty for no rows or no columns", () => {
    expect(assign([], 0)).toEqual([]);
    expect(assign([[], []], 0)).toEqual([]);
  });

  it("finds the optimum on small random matrices (checked against every permutation)", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 50; round++) {
      const n = 1 + Math.floor(random() * 5);
      const scores = Array.from({ length: n }, () => Array.from({ length: n }, random));
      const total = (pairs: [number, number][]) => pairs.reduce((s, [i, j]) => s + (scores[i]?.[j] ?? 0), 0);
      expect(total(assign(scores, 0))).toBeCloseTo(best(scores), 9);
    }
  });
});

function best(scores: number[][]): number {
  const n = scores.length;
  const go = (row: number, used: Set<number>): number => {
    if (row === n) return 0;
    let top = 0;
    for (let j = 0; j < n; j++) {
      if (used.has(j)) continue;
      used.add(j);
      top = Math.max(top, (scores[row]?.[j] ?? 0) + go(row + 1, used));
      used.delete(j);
    }
    return top;
  };
  return go(0, new Set());
}
