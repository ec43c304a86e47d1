// Spaces pdfjs adds to a text layer where it sees a gap between glyphs ("fake spaces") come with their
// width in unscaled text space, not page space: Chromium prints at 0.75 pt a CSS pixel, so such a space
// reaches 4/3 of the gap, past the start of the glyphs after it (a space after one picture's title ran
// into the next title beside it; the masthead's spaces into its next part). The space fills the gap.
import { BASELINE_TOLERANCE, WHITE } from "../../layout/pdf/lines.js";
import type { GlyphRun } from "../../layout/pdf/types.js";

/**
 * Runs in the text layer's order, each space cut back to end where the next run on its baseline starts:
 * pdfjs gives a gap's space right before the glyphs that end the gap.
 */
export function fitSpaces(runs: readonly GlyphRun[]): GlyphRun[] {
  return runs.map((run, i) => {
    const next = runs[i + 1];
    if (!WHITE.test(run.text) || next === undefined || WHITE.test(next.text)) return run;
    if (run.rotated || next.rotated) return run;
    // On one baseline as layout/pdf/lines.ts joins runs into a line.
    if (Math.abs(next.y - run.y) > BASELINE_TOLERANCE * Math.max(run.size, next.size)) return run;
    if (next.x <= run.x || run.x + run.width <= next.x) return run;
    return { ...run, width: next.x - run.x };
  });
}
