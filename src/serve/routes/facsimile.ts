// A page's image as the reader lays it out (the "facsimile"), and each article's zones on it: boxes in PDF
// points from the page's top-left corner, the space the image's pageWidth × pageHeight spans.
import type { Article } from "../../model/index.js";
import type { PageImageInfo } from "../../store/index.js";

export interface Facsimile {
  /** The image, pinned to its version (cacheable for good). */
  url: string;
  format: "webp" | "png";
  /** Pixels. */
  width: number;
  height: number;
  /** The page box in PDF points: the zones' coordinate space. */
  pageWidth: number;
  pageHeight: number;
}

/** A box on the page image, PDF points from its top-left corner. */
export interface ZoneBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function facsimileOf(info: PageImageInfo, url: string): Facsimile {
  const { format, width, height, pageWidth, pageHeight } = info;
  return { url, format, width, height, pageWidth, pageHeight };
}

/**
 * The article's zones on this image: those of the PDF page it was drawn from, cut to the page box; boxes
 * with no area left are dropped (a zone is stored JSON, checked here rather than trusted).
 */
export function zonesOn(
  article: Article,
  image: Pick<PageImageInfo, "sourcePage" | "pageWidth" | "pageHeight">,
): ZoneBox[] {
  const out: ZoneBox[] = [];
  for (const z of article.zones ?? []) {
    if (z.page !== image.sourcePage || ![z.x, z.y, z.w, z.h].every(Number.isFinite)) continue;
    const x0 = Math.max(0, z.x);
    const y0 = Math.max(0, z.y);
    const x1 = Math.min(image.pageWidth, z.x + z.w);
    const y1 = Math.min(image.pageHeight, z.y + z.h);
    if (x1 > x0 && y1 > y0) out.push({ x: round(x0), y: round(y0), w: round(x1 - x0), h: round(y1 - y0) });
  }
  return out;
}

const round = (n: number): number => Math.round(n * 10) / 10;

/** The box around all of an article's zones (its crop on the article page), or null without zones. */
export function boundsOf(zones: readonly ZoneBox[]): ZoneBox | null {
  if (zones.length === 0) return null;
  const x0 = Math.min(...zones.map((z) => z.x));
  const y0 = Math.min(...zones.map((z) => z.y));
  const x1 = Math.max(...zones.map((z) => z.x + z.w));
  const y1 = Math.max(...zones.map((z) => z.y + z.h));
  return { x: x0, y: y0, w: round(x1 - x0), h: round(y1 - y0) };
}
