// Parser bugs the property tests found and the lead has yet to fix, each with its minimal counterexample
// (synthetic text) and the exact characters it is known to lose on a page. Conservation checks excuse at
// most those characters, so the bug does not hide new ones; each example also runs as `it.fails`, which
// turns red once the bug is fixed: then delete the entry here.
import { conservation } from "../../src/check/conservation.js";
import type { Page } from "../../src/model/index.js";

export interface KnownBug {
  id: string;
  /** Where and why, for whoever fixes it. */
  reason: string;
  /** The smallest input that shows it. */
  example: string;
  /** The characters this bug loses on `page`, as text (whitespace ignored). */
  loses(text: string, page: Page): string;
}

const compact = (text: string): string => text.replace(/\s+/gu, "");

export const KNOWN_BUGS: readonly KnownBug[] = [];

/** Conservation's imbalance less what known bugs explain: characters lost (or invented) for no known reason. */
export function unexplainedLoss(text: string, page: Page): [string, number][] {
  const excused = new Map<string, number>();
  for (const bug of KNOWN_BUGS) {
    for (const ch of compact(bug.loses(text, page))) excused.set(ch, (excused.get(ch) ?? 0) + 1);
  }
  return conservation(text, page).chars.filter(([ch, n]) => n < 0 || n > (excused.get(ch) ?? 0));
}
