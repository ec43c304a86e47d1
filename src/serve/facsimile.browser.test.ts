// The facsimile in a real browser: the sample page printed to PDF by Chromium, ingested as a PDF, read
// in the reader: the page image shows under its CSP, clicking an article's zone lands on that article,
// keyboard users reach the zones with a visible focus, an article leads back to its zones, and on a phone
// the image scales to the screen. Screenshots go to test-results/facsimile/. Skipped without chromium.

import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run, tempDir } from "../cli/archive.test-support.js";
import { ingestCommand } from "../cli/ingest.js";
import { CHROMIUM, CHROMIUM_ARGS, samplePdf } from "../corpus/pdf/index.js";
import { archiveSearchIndex, openSqliteStore } from "../store/index.js";
import { createApp } from "./app.js";
import { type Listening, listen } from "./listen.js";
import type { PageArticle, PageData } from "./routes/page.js";

const HAVE_CHROMIUM = existsSync(CHROMIUM);
const SHOTS = join(import.meta.dirname, "..", "..", "test-results", "facsimile");
const PAGE = "/lcrb/2025-04-24/p1/";

it.runIf(!HAVE_CHROMIUM && Boolean(process.env.CI))("finds chromium (CI must have it)", () => {
  expect.fail(`CI is set but ${CHROMIUM} is missing: apt-get install chromium`);
});

/** A computed style property of the first element the selector finds. */
const computed = (page: Page, selector: string, property: string): Promise<string> =>
  page.evaluate<string>(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).${property}`);

/** Share of dark pixels (text, rules) in a PNG screenshot: a blank or missing image has almost none. */
async function inkShare(png: Buffer): Promise<number> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext("2d");
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, 0, image.width, image.height);
  let dark = 0;
  for (let i = 0; i < data.length; i += 4)
    if ((data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255) < 300) dark++;
  return dark / (data.length / 4);
}

describe.skipIf(!HAVE_CHROMIUM)(
  `the page image with clickable zones in a browser (skipped when ${CHROMIUM} is absent)`,
  () => {
    let tmp: ReturnType<typeof tempDir>;
    let server: Listening;
    let base = "";
    let closeDb = () => {};
    let data: PageData;
    const profiles: string[] = [];

    beforeAll(async () => {
      tmp = tempDir("banmian-facsimile-browser-");
      const { pdf } = await samplePdf({ font: "wqy" });
      tmp.put(join("pdf", "lcrb", "2025-04-24", "p01.pdf"), pdf);
      const db = join(tmp.dir, "archive.db");
      const ingested = await run(ingestCommand, [join(tmp.dir, "pdf"), "--db", db], { cwd: tmp.dir });
      if (ingested.code !== 0) throw new Error(`ingest failed:\n${ingested.err}${ingested.out}`);
      const opened = openSqliteStore(db, { readonly: true });
      if (!opened.ok) throw new Error(opened.error);
      const conn = opened.store.db;
      closeDb = () => conn.close();
      const app = createApp({ store: opened.store, search: archiveSearchIndex(conn) }, { log: () => {} });
      server = await listen(app, 0, "127.0.0.1");
      base = `http://127.0.0.1:${server.port}`;
      data = (await (await app.request(`${PAGE.slice(0, -1)}.json`)).json()) as PageData;
      mkdirSync(SHOTS, { recursive: true });
    }, 180_000);

    afterAll(async () => {
      await server?.close();
      closeDb();
      tmp?.remove();
      for (const p of profiles) rmSync(p, { recursive: true, force: true });
    });

    async function browser(phone: boolean): Promise<BrowserContext> {
      const profile = mkdtempSync(join(tmpdir(), "banmian-chromium-"));
      profiles.push(profile);
      return chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: [...CHROMIUM_ARGS],
        locale: "zh-CN",
        ...(phone
          ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
          : { viewport: { width: 1280, height: 900 } }),
      });
    }

    /** A page that records console errors (a CSP violation is one). */
    async function open(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      return { page, errors };
    }

    const shot = (page: Page, name: string) =>
      page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

    /** The articles the parser gave zones, in reading order. */
    const zoned = (): PageArticle[] => data.articles.filter((a) => a.zones.length > 0);

    it("shows the page image and lands on an article when its zone is clicked", async () => {
      expect(data.image, "the PDF page should have been stored with its image").not.toBeNull();
      expect(zoned().length, "the parser should have given most articles zones").toBeGreaterThanOrEqual(
        data.articles.length - 1,
      );
      const context = await browser(false);
      try {
        const { page, errors } = await open(context);
        await page.goto(`${base}${PAGE}`);
        const svg = page.locator(".facsimile svg");
        await expect.poll(() => svg.count()).toBe(1);
        await page.waitForLoadState("networkidle");
        // The image is drawn: the newspaper's text shows as ink all over the figure.
        expect(await inkShare(await svg.screenshot())).toBeGreaterThan(0.02);
        await shot(page, "desktop-1-page");
        // Every article with zones, clicked in the middle of its first zone, lands on that article.
        for (const a of zoned()) {
          await page.goto(`${base}${PAGE}`);
          await page.locator(`.facsimile a[href="${a.url}"] rect`).first().click();
          await page.waitForURL(`${base}${a.url}`);
          if (a.title !== null) expect(await page.locator("h1#title").textContent()).toContain(a.title);
        }
        await shot(page, "desktop-2-article-from-zone");
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it("lets keyboard users reach the zones with a visible focus, and leads from an article back to its zone", async () => {
      const context = await browser(false);
      try {
        const { page, errors } = await open(context);
        await page.goto(`${base}${PAGE}`);
        const first = zoned()[0];
        if (first === undefined) throw new Error("no zones");
        let inside = false;
        for (let i = 0; i < 40 && !inside; i++) {
          await page.keyboard.press("Tab");
          inside = await page.evaluate<boolean>("document.activeElement?.closest('.facsimile svg') !== null");
        }
        expect(inside, "Tab should reach the first zone").toBe(true);
        expect(
          await page.evaluate<string | null>("document.activeElement?.getAttribute('href') ?? null"),
        ).toBe(first.url);
        const stroke = await computed(page, `.facsimile a[href="${first.url}"] rect`, "stroke");
        expect(stroke).not.toMatch(/transparent|none|rgba\(0, 0, 0, 0\)/u);
        await shot(page, "desktop-3-zone-focused");
        await page.keyboard.press("Enter");
        await page.waitForURL(`${base}${first.url}`);
        // The article's crop of the page image, opened on demand, shows print.
        await page.locator("details.crop summary").click();
        await page.waitForLoadState("networkidle");
        expect(await inkShare(await page.locator("details.crop svg").screenshot())).toBeGreaterThan(0.02);
        await shot(page, "desktop-4-article-crop");
        // Back from the article to its zone on the page, marked by :target.
        await page.getByRole("link", { name: "在版面上查看" }).click();
        await page.waitForURL(`${base}${PAGE}#z-${first.position}`);
        const marked = await computed(page, `#z-${first.position} rect`, "fill");
        expect(marked).not.toMatch(/transparent|rgba\(0, 0, 0, 0\)/u);
        await shot(page, "desktop-5-zone-target");
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it("scales the page image to a phone's screen, zones still tappable", async () => {
      const context = await browser(true);
      try {
        const { page, errors } = await open(context);
        await page.goto(`${base}${PAGE}`);
        await page.waitForLoadState("networkidle");
        expect(
          await page.evaluate<boolean>("document.documentElement.scrollWidth <= window.innerWidth"),
        ).toBe(true);
        const width = await page.evaluate<number>(
          "document.querySelector('.facsimile svg').getBoundingClientRect().width",
        );
        expect(width).toBeLessThanOrEqual(390);
        expect(width).toBeGreaterThan(300);
        await shot(page, "phone-1-page");
        const last = zoned().at(-1);
        if (last === undefined) throw new Error("no zones");
        await page.locator(`.facsimile a[href="${last.url}"] rect`).first().tap();
        await page.waitForURL(`${base}${last.url}`);
        await shot(page, "phone-2-article");
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  },
);
