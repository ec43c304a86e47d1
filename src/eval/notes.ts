// What went wrong on a page, kept short enough to read: the first mismatches, and a count of the rest.
import { compact } from "./text.js";
import type { GoldArticle, Mismatch } from "./types.js";

/** Per page; enough to see a pattern without burying the table. */
export const MISMATCH_LIMIT = 20;
const SHOWN_CHARS = 40;

export class Notes {
  readonly mismatches: Mismatch[] = [];
  omitted = 0;

  constructor(private readonly limit: number = MISMATCH_LIMIT) {}

  add(field: string, article: string, gold: string, pred: string): void {
    if (this.mismatches.length < this.limit) this.mismatches.push({ field, article, gold, pred });
    else this.omitted++;
  }
}

/** Cuts long values so a report line stays a line. */
export function clip(text: string, max: number = SHOWN_CHARS): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join("")}…`;
}

/** A value as shown in a mismatch: strings quoted, null and absent spelled out. */
export function show(value: string | number | null | undefined): string {
  if (value === undefined) return "(absent)";
  if (value === null) return "null";
  return typeof value === "string" ? JSON.stringify(clip(value)) : String(value);
}

/** How a report names an article: its title, else its kind and opening words, else its position. */
export function articleName(a: GoldArticle | undefined, index: number): string {
  const title = a?.title?.trim();
  if (title) return clip(title);
  const opening = a ? compact(a.paragraphs.join("")) : "";
  if (opening) return `[${a?.kind ?? "article"}] ${clip(opening, 16)}`;
  return `[${a?.kind ?? "article"} #${index + 1}]`;
}
