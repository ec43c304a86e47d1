// Maximum-weight assignment (Hungarian method): several jumped stories may share a page, and the best
// pairing as a whole beats taking the best pair first (a greedy choice can steal another story's tail).

/**
 * Rows to columns, one each at most, maximising the summed score. Pairs scoring below `floor` are left
 * out of the result (but an assignment never trades a good pair for them). O(n³) on the padded square.
 */
export function assign(scores: readonly (readonly number[])[], floor: number): [number, number][] {
  const rows = scores.length;
  const cols = Math.max(0, ...scores.map((r) => r.length));
  const n = Math.max(rows, cols);
  if (n === 0) return [];
  // Costs on an n×n square: missing cells (padding) and pairs below the floor cost as much as no pair.
  const cost = (i: number, j: number): number => {
    const s = scores[i]?.[j];
    return s === undefined || s < floor ? 0 : -s;
  };
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const match = new Array<number>(n + 1).fill(0); // column → row, 1-based, 0 = free
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    match[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = match[j0] ?? 0;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - (u[i0] ?? 0) - (v[j] ?? 0);
        if (cur < (minv[j] ?? 0)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if ((minv[j] ?? 0) < delta) {
          delta = minv[j] ?? 0;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          const r = match[j] ?? 0;
          u[r] = (u[r] ?? 0) + delta;
          v[j] = (v[j] ?? 0) - delta;
        } else minv[j] = (minv[j] ?? 0) - delta;
      }
      j0 = j1;
    } while ((match[j0] ?? 0) !== 0);
    do {
      const j1 = way[j0] ?? 0;
      match[j0] = match[j1] ?? 0;
      j0 = j1;
    } while (j0 !== 0);
  }
  const pairs: [number, number][] = [];
  for (let j = 1; j <= n; j++) {
    const i = (match[j] ?? 0) - 1;
    if (i < 0 || i >= rows || j - 1 >= cols) continue;
    const s = scores[i]?.[j - 1];
    if (s !== undefined && s >= floor) pairs.push([i, j - 1]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
