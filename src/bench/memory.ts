// Memory for the benchmark: samples of process.memoryUsage() taken between pages, and the kernel's
// high-water mark of resident memory, which also covers the inside of a long synchronous call.
import { resourceUsage } from "node:process";

export class MemoryPeak {
  rss = 0;
  heapUsed = 0;

  sample(): void {
    const m = process.memoryUsage();
    if (m.rss > this.rss) this.rss = m.rss;
    if (m.heapUsed > this.heapUsed) this.heapUsed = m.heapUsed;
  }
}

/** Peak resident set size of this process so far, in bytes (libuv reports ru_maxrss in KiB everywhere). */
export function maxRssBytes(): number {
  return resourceUsage().maxRSS * 1024;
}

/** A full collection when node runs with --expose-gc, so each pass starts from the same heap. */
export function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}
