// Ingest progress: a bar on a terminal (pages, pages/s, ETA), one plain line per page otherwise (logs,
// pipes, CI). Failures always get a line of their own on stderr, naming the file and the problem.
import type { PageEvent } from "../archive/index.js";
import type { Io } from "./io.js";

export interface Progress {
  page(event: PageEvent): void;
  /** Clears the bar, so the summary starts on a clean line. */
  end(): void;
}

const BAR_WIDTH = 24;
// Redrawing more often than this only flickers; the last page always draws.
const REDRAW_MS = 100;
const CLEAR_LINE = "\r\u001b[2K";

export function progress(io: Io, now: () => number = () => performance.now()): Progress {
  const started = now();
  let drawn = Number.NEGATIVE_INFINITY;
  let bar = false;
  return {
    page(event) {
      if (event.status === "failed") {
        io.stderr(`${bar ? CLEAR_LINE : ""}banmian ingest: ${event.file}: ${event.reason ?? "failed"}\n`);
        bar = false;
      }
      if (!io.isTty) {
        if (event.status !== "failed")
          io.stdout(`${event.done}/${event.total} ${event.status} ${event.file}\n`);
        return;
      }
      const t = now();
      if (t - drawn < REDRAW_MS && event.done < event.total) return;
      drawn = t;
      io.stderr(`${CLEAR_LINE}${barLine(event.done, event.total, (t - started) / 1000)}`);
      bar = true;
    },
    end() {
      if (bar) io.stderr(CLEAR_LINE);
      bar = false;
    },
  };
}

/** [██████░░░░░░] 40/96 pages  12.3 pages/s  ETA 5s */
export function barLine(done: number, total: number, seconds: number): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  const rate = seconds > 0 ? done / seconds : 0;
  const eta = rate > 0 ? `ETA ${duration((total - done) / rate)}` : "ETA …";
  return `[${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}] ${done}/${total} pages  ${rate.toFixed(1)} pages/s  ${eta}`;
}

function duration(seconds: number): string {
  const s = Math.ceil(seconds);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
}
