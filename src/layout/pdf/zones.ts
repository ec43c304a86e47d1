// Where an article is printed: the boxes of its lines, one box per column piece (leaf) it runs through.
import type { Zone } from "../../model/index.js";
import type { Rect } from "./types.js";

export type { Zone };

/** Boxes around the given lines, merged per leaf, in the order the leaves are read. */
export function zonesOf(
  lineNumbers: Iterable<number>,
  places: readonly (({ leaf: number } & Rect) | undefined)[],
  page: number,
): Zone[] {
  const byLeaf = new Map<number, { x0: number; y0: number; x1: number; y1: number }>();
  for (const n of lineNumbers) {
    const p = places[n];
    if (p === undefined) continue;
    const box = byLeaf.get(p.leaf);
    if (box === undefined) byLeaf.set(p.leaf, { x0: p.x, y0: p.y, x1: p.x + p.w, y1: p.y + p.h });
    else {
      box.x0 = Math.min(box.x0, p.x);
      box.y0 = Math.min(box.y0, p.y);
      box.x1 = Math.max(box.x1, p.x + p.w);
      box.y1 = Math.max(box.y1, p.y + p.h);
    }
  }
  const r = (n: number) => Math.round(n * 10) / 10;
  return [...byLeaf.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, b]) => ({ page, x: r(b.x0), y: r(b.y0), w: r(b.x1 - b.x0), h: r(b.y1 - b.y0) }));
}
