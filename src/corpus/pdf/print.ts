// Prints HTML pages to one-page PDFs with headless Chromium (playwright-core, a dev dependency,
// loaded only here): one browser, two print jobs at a time, each PDF cached by its HTML's hash.
// A print job holds many pages, each in its own shadow root on its own named @page, and pdfjs
// splits the printed document into one-page PDFs: Chromium's cost per job, not per page, dominated.
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

// Two jobs at a time: the machine has 2 cores; with one page a job, 4 only queued behind them
// (16 pages: 29 s vs 33 s).
const POOL = 2;
// Pages per print job. A page.pdf() call costs ~0.8 CPU-s of Chromium whatever it prints (a new
// print compositor process; the 5 MB WenQuanYi font serialized into every job), a newspaper page
// ~1.5. The 96 seed-1 pages took 100 CPU-s of Chromium one page a job, and 27/20/18/18 in jobs of
// 8/16/24/48 (scratch/pdfprint/multi.mjs); 16 is past the knee and keeps a job's renderer small.
// Splitting adds 0.15–0.3 CPU-s a page in Node, mostly copying the font into every page.
const BATCH = 16;
// Part of every cache key: change it when the printing (not the HTML) changes.
const PRINT_KEY = "print-v2";
// Extra px below the measured content, so rounding never spills a line onto a second page.
const SLACK = 4;
// A CSS @page size of N px prints as a smaller PDF page than pdf({ width: "Npx" }) for some N;
// N + 0.5 px gives the same MediaBox for every size tried (14 widths 500–3105 px, sizes2.mjs).
const PAGE_ROUNDING = 0.5;

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
  /** Wall time of the whole call, and per printed page (with POOL jobs in flight). */
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
      // Jobs small enough that both workers get one when few pages are missing.
      const size = Math.min(BATCH, Math.ceil(missing.length / POOL));
      const jobs = Array.from({ length: Math.ceil(missing.length / size) }, (_, j) =>
        missing.slice(j * size, (j + 1) * size),
      );
      const worker = async () => {
        const tab = await context.newPage();
        await tab.emulateMedia({ media: "print" });
        for (let job = jobs.shift(); job !== undefined; job = jobs.shift()) {
          const printed = await printJob(
            tab,
            job.map((i) => docs[i]?.html ?? ""),
          );
          job.forEach((i, k) => {
            const pdf = printed[k] as Uint8Array;
            const path = paths[i] as string;
            writeFileSync(`${path}.tmp`, pdf);
            renameSync(`${path}.tmp`, path);
            pdfs[i] = pdf;
          });
        }
        await tab.close();
      };
      await Promise.all(Array.from({ length: Math.min(POOL, jobs.length) }, worker));
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

/**
 * One print job: every page on a sheet of its own, then split. When a sheet spills onto a second
 * PDF page (the page count is off), the job's pages are printed one by one instead.
 */
async function printJob(tab: Tab, htmls: readonly string[]): Promise<Uint8Array[]> {
  if (htmls.length === 1) return [await printOne(tab, htmls[0] as string)];
  await tab.setContent(SHEETS_HTML, { waitUntil: "load" });
  await tab.evaluate(`(${PUT_ON_SHEETS})(${JSON.stringify(htmls)})`);
  const pdf = await tab.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    margin: { top: "0", right: "0", bottom: "0", left: "0" },
  });
  if (pageCount(pdf) !== htmls.length) {
    const one: Uint8Array[] = [];
    for (const html of htmls) one.push(await printOne(tab, html));
    return one;
  }
  return splitPages(new Uint8Array(pdf));
}

/** The document the sheets go in: the pages' own styles live in their shadow roots. */
const SHEETS_HTML = `<!doctype html><html><head><meta charset="utf-8"><style>
@page { margin: 0 }
html, body { margin: 0; padding: 0; background: #fff; }
.sheet { break-after: page; }
.sheet:last-child { break-after: auto; }
</style></head><body></body></html>`;

/**
 * Runs in the page: each HTML document's <style>s and body go into a shadow root (so pages keep
 * their own CSS; rules for html and body match nothing there, the sheets' document has its own),
 * on a named @page as large as the page's .page element measures (plus SLACK px of height) once
 * fonts are loaded. The document's lang goes on the sheet, as it picks CJK glyph forms.
 */
const PUT_ON_SHEETS = `async (htmls) => {
  const parser = new DOMParser();
  const sheets = htmls.map((html) => {
    const doc = parser.parseFromString(html, "text/html");
    const sheet = document.createElement("div");
    sheet.className = "sheet";
    const lang = doc.documentElement.getAttribute("lang");
    if (lang !== null) sheet.setAttribute("lang", lang);
    sheet.attachShadow({ mode: "open" }).append(...doc.head.querySelectorAll("style"), ...doc.body.childNodes);
    document.body.append(sheet);
    return sheet;
  });
  await document.fonts.ready;
  const rules = sheets.map((sheet, i) => {
    const page = sheet.shadowRoot.querySelector(".page");
    if (page === null) throw new Error("a printed page has no .page element to measure");
    const r = page.getBoundingClientRect();
    sheet.style.page = "p" + i;
    return "@page p" + i + " { size: " + (Math.ceil(r.width) + ${PAGE_ROUNDING}) + "px " + (Math.ceil(r.height) + ${SLACK + PAGE_ROUNDING}) + "px; margin: 0 }";
  });
  const style = document.createElement("style");
  style.textContent = rules.join("\\n");
  document.head.append(style);
}`;

/**
 * One-page PDFs of a printed document's pages, with pdfjs: each keeps what its page uses, so the
 * whole font the job shares (Chromium's subsetting gives up on ~900+ scattered CJK glyphs) too.
 */
async function splitPages(pdf: Uint8Array): Promise<Uint8Array[]> {
  const { getDocument } = await import("../../ingest/pdf/pdfjs.js");
  const doc = await getDocument({ data: pdf, verbosity: 0 }).promise;
  try {
    const pages: Uint8Array[] = [];
    for (let i = 0; i < doc.numPages; i++) {
      pages.push(await doc.extractPages([{ document: null, includePages: [i] }]));
    }
    return pages;
  } finally {
    await doc.destroy();
  }
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

/** Page objects in a PDF, counted in its bytes (Chromium and pdfjs write them uncompressed). */
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
