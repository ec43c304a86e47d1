// Prints HTML pages to one-page PDFs with headless Chromium (playwright-core, a dev dependency,
// loaded only here): one browser for all, two pages at a time, each PDF cached by its HTML's hash.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page as Tab } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// Two at a time: the machine has 2 cores, and a third page only queued behind them when tried.
const POOL = 2;
// Part of every cache key: change it when the printing (not the HTML) changes.
const PRINT_KEY = "print-v1";
// Extra px below the measured content, so rounding never spills a line onto a second page.
const SLACK = 4;

export interface PrintOptions {
  /** Where PDFs are cached by sha256 of their HTML; default .cache/pdf/ in the repository. */
  cacheDir?: string;
  executablePath?: string;
}

export interface PrintStats {
  pages: number;
  /** Taken from the cache. */
  cached: number;
  printed: number;
  /** Wall time of the whole call, and per printed page (with POOL pages in flight). */
  seconds: number;
  secondsPerPrinted: number;
}

export async function printPdfs(
  docs: readonly { html: string }[],
  options: PrintOptions = {},
): Promise<Uint8Array[]> {
  return (await printPdfsWithStats(docs, options)).pdfs;
}

export async function printPdfsWithStats(
  docs: readonly { html: string }[],
  options: PrintOptions = {},
): Promise<{ pdfs: Uint8Array[]; stats: PrintStats }> {
  const started = performance.now();
  const dir = options.cacheDir ?? defaultCacheDir();
  mkdirSync(dir, { recursive: true });
  const paths = docs.map((d) => join(dir, `${sha256(PRINT_KEY + d.html)}.pdf`));
  const pdfs: (Uint8Array | undefined)[] = paths.map((p) =>
    existsSync(p) ? new Uint8Array(readFileSync(p)) : undefined,
  );
  const missing = pdfs.flatMap((pdf, i) => (pdf === undefined ? [i] : []));

  if (missing.length > 0) {
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({
      executablePath: options.executablePath ?? CHROMIUM,
      args: [...CHROMIUM_ARGS],
    });
    try {
      const context = await browser.newContext();
      const queue = [...missing];
      const worker = async () => {
        const tab = await context.newPage();
        await tab.emulateMedia({ media: "print" });
        for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
          const pdf = await printOne(tab, docs[i]?.html ?? "");
          const path = paths[i] as string;
          writeFileSync(`${path}.tmp`, pdf);
          renameSync(`${path}.tmp`, path);
          pdfs[i] = pdf;
        }
        await tab.close();
      };
      await Promise.all(Array.from({ length: Math.min(POOL, missing.length) }, worker));
    } finally {
      await browser.close();
    }
  }

  const seconds = (performance.now() - started) / 1000;
  return {
    pdfs: pdfs.map((p) => p ?? new Uint8Array()),
    stats: {
      pages: docs.length,
      cached: docs.length - missing.length,
      printed: missing.length,
      seconds,
      secondsPerPrinted: missing.length === 0 ? 0 : seconds / missing.length,
    },
  };
}

/** The page's size is its content's: the width set in the HTML, the height measured after layout. */
async function printOne(tab: Tab, html: string): Promise<Uint8Array> {
  await tab.setContent(html, { waitUntil: "load" });
  const size = (await tab.evaluate(`document.fonts.ready.then(() => {
    const r = document.querySelector(".page").getBoundingClientRect();
    return { width: Math.ceil(r.width), height: Math.ceil(r.height) };
  })`)) as { width: number; height: number };
  for (let extra = SLACK; ; extra += 40) {
    const pdf = await tab.pdf({
      width: `${size.width}px`,
      height: `${size.height + extra}px`,
      printBackground: true,
      margin: { top: "0", right: "0", bottom: "0", left: "0" },
    });
    if (pageCount(pdf) <= 1) return new Uint8Array(pdf);
    if (extra > 400)
      throw new Error(`a page measured ${size.height}px still prints on ${pageCount(pdf)} PDF pages`);
  }
}

/** Page objects in a PDF, counted in its bytes (Chromium writes them uncompressed). */
export function pageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString("latin1")
      .match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0
  );
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** .cache/pdf/ at the repository root, from src/corpus/pdf/ and dist/corpus/pdf/ alike. */
function defaultCacheDir(): string {
  return fileURLToPath(new URL("../../../.cache/pdf/", import.meta.url));
}
