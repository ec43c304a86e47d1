// End to end in a real browser (playwright-core driving Debian's /usr/bin/chromium): a reader goes home →
// issue → page → article → across a jump → search, on a desktop and a phone-sized screen; hostile text stays
// inert. Screenshots go to test-results/serve/. Skipped without chromium, failed under CI=true without it.

import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS } from "../corpus/pdf/index.js";
import { archiveSearchIndex, openSqliteStore } from "../store/index.js";
import { createApp } from "./app.js";
import { buildArchive, CORPUS_DATE, jumpLinks, type TestArchive } from "./archive.test-support.js";
import { type Listening, listen } from "./listen.js";
import { articleUrlOf } from "./urls.js";

const HAVE_CHROMIUM = existsSync(CHROMIUM);
const SHOTS = join(import.meta.dirname, "..", "..", "test-results", "serve");

it.runIf(!HAVE_CHROMIUM && Boolean(process.env.CI))("finds chromium (CI must have it)", () => {
  expect.fail(`CI is set but ${CHROMIUM} is missing: apt-get install chromium`);
});

describe.skipIf(!HAVE_CHROMIUM)(
  `the reader in a browser (skipped when ${CHROMIUM} is absent: apt-get install chromium)`,
  () => {
    let archive: TestArchive;
    let server: Listening;
    let base = "";
    let closeDb = () => {};
    const profiles: string[] = [];
    /** The story that jumps from p1 to another page: the corpus issue's when the corpus is there. */
    let jump = { from: "", to: "", fromPage: 1, toPage: 2 };
    let desktop: BrowserContext;

    beforeAll(async () => {
      archive = await buildArchive({ corpus: true });
      const opened = openSqliteStore(archive.db, { readonly: true });
      if (!opened.ok) throw new Error(opened.error);
      const db = opened.store.db;
      closeDb = () => db.close();
      const app = createApp({ store: opened.store, search: archiveSearchIndex(db) }, { log: () => {} });
      server = await listen(app, 0, "127.0.0.1");
      base = `http://127.0.0.1:${server.port}`;
      const prefix = archive.corpus ? `rmrb-${CORPUS_DATE}-a-p01` : "lcrb-2025-04-25-a-p01";
      const [from = "", to = ""] = jumpLinks(archive.db).find(([f]) => f.startsWith(prefix)) ?? [];
      jump = {
        from: articleUrlOf(from) ?? "",
        to: articleUrlOf(to) ?? "",
        fromPage: 1,
        toPage: Number(/-p(\d+)-/u.exec(to)?.[1]),
      };
      mkdirSync(SHOTS, { recursive: true });
      desktop = await browser(false);
    }, 120_000);

    afterAll(async () => {
      await desktop?.close();
      await server?.close();
      closeDb();
      archive?.remove();
      for (const p of profiles) rmSync(p, { recursive: true, force: true });
    });

    /** A fresh browser profile each time, so no cache or state carries over between runs. */
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

    /** Opens a page that records dialogs and console errors (a CSP violation is one). */
    async function open(context: BrowserContext) {
      const page = await context.newPage();
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      return { page, dialogs, errors };
    }

    const shot = (page: Page, name: string) =>
      page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

    it("reads home → issue → page → article → the jump's other part → the whole story → search", async () => {
      expect(jump.from, "the archive should hold a story linked from p1 to another page").not.toBe("");
      const { page, errors, dialogs } = await open(desktop);
      try {
        await page.goto(`${base}/`);
        await expect.poll(() => page.locator("h1").textContent()).toBe("数字报档案");
        await shot(page, "desktop-1-home");
        const [paper, date] = jump.from.split("/").slice(1, 3);
        await page.locator(`a[href="/${paper}/${date}/"]`).first().click();
        await page.waitForURL(`${base}/${paper}/${date}/`);
        await shot(page, "desktop-2-issue");
        await page
          .getByRole("link", { name: /^第1版/u })
          .first()
          .click();
        await page.waitForURL(`${base}/${paper}/${date}/p1/`);
        await shot(page, "desktop-3-page");
        await page.locator(`main a[href="${jump.from}"]`).first().click();
        await page.waitForURL(`${base}${jump.from}`);
        await shot(page, "desktop-4-article");
        await page.getByRole("link", { name: `（下转第${jump.toPage}版）` }).click();
        await page.waitForURL(`${base}${jump.to}`);
        expect(await page.getByRole("link", { name: "（上接第1版）" }).getAttribute("href")).toBe(jump.from);
        await shot(page, "desktop-5-continuation");
        await page.getByRole("link", { name: "阅读全文（跨版合并）" }).first().click();
        await page.waitForURL(/\/story$/u);
        expect(await page.locator(".headline .meta").textContent()).toContain(
          `全文，合并自第1、${jump.toPage}版`,
        );
        await page.locator("#site-q").fill("双拥");
        await page.locator("#site-q").press("Enter");
        await page.waitForURL(/\/search\?q=/u);
        expect(await page.locator("main mark").first().textContent()).toBe("双拥");
        await shot(page, "desktop-6-search");
        expect(dialogs).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it("says that the sample's 下转第7版 is not in the archive, and keyboard users can skip to the content", async () => {
      const { page } = await open(desktop);
      try {
        await page.goto(`${base}/lcrb/2025-04-24/p1/a1`);
        await expect.poll(() => page.locator(".jump.missing").textContent()).toContain("第7版不在本档案中");
        await page.keyboard.press("Tab");
        expect(await page.evaluate<string | null>("document.activeElement?.textContent ?? null")).toContain(
          "跳到正文",
        );
        await page.keyboard.press("Enter");
        expect(await page.evaluate<string | null>("document.activeElement?.id ?? null")).toBe("main");
        await shot(page, "desktop-7-sample-jump-missing");
        // The photo's caption with its credit, the editor's note, and the article as printed on paper.
        await page.goto(`${base}/lcrb/2025-04-24/p1/a3`);
        expect(await page.locator("figure.photo figcaption .credit").textContent()).toBe("■ 孙文辉");
        await page.goto(`${base}/lcrb/2025-04-24/p1/a6`);
        expect(await page.locator("aside.editor-note strong").textContent()).toBe("编者按");
        await shot(page, "desktop-9-editor-note");
        await page.emulateMedia({ media: "print" });
        expect(await page.locator("header.site").isVisible()).toBe(false);
        await shot(page, "desktop-10-print");
        await page.emulateMedia({ media: "screen" });
      } finally {
        await page.close();
      }
    });

    it("renders hostile text inert: no dialog, no script", async () => {
      const { page, dialogs } = await open(desktop);
      try {
        for (const path of [
          "/lcrb/2025-04-26/p1/a1",
          "/lcrb/2025-04-26/p1/a2",
          "/lcrb/2025-04-26/p1/",
          `/search?q=${encodeURIComponent("防火")}`,
        ]) {
          await page.goto(`${base}${path}`);
          await page.waitForLoadState("load");
          expect(
            await page.evaluate<number>("document.querySelectorAll('script, img, svg, iframe').length"),
            path,
          ).toBe(0);
        }
        await page.goto(`${base}/lcrb/2025-04-26/p1/a1`);
        expect(await page.locator("h1").textContent()).toContain('<script>alert("xss-title")</script>');
        await shot(page, "desktop-8-hostile");
        await page.waitForTimeout(200);
        expect(dialogs).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it("fits a phone: no sideways scrolling, the same path works", async () => {
      const context = await browser(true);
      try {
        const { page, errors } = await open(context);
        const fits = () =>
          page.evaluate<boolean>("document.documentElement.scrollWidth <= window.innerWidth");
        await page.goto(`${base}/`);
        expect(await fits()).toBe(true);
        await shot(page, "phone-1-home");
        await page.goto(`${base}/lcrb/2025-04-24/`);
        expect(await fits()).toBe(true);
        await shot(page, "phone-2-issue");
        await page.goto(`${base}/lcrb/2025-04-24/p1/a1`);
        expect(await page.locator(".jump.missing").textContent()).toContain("第7版不在本档案中");
        expect(await fits()).toBe(true);
        await shot(page, "phone-3-article");
        await page.goto(`${base}${jump.from}`);
        await page.getByRole("link", { name: `（下转第${jump.toPage}版）` }).tap();
        await page.waitForURL(`${base}${jump.to}`);
        await page.goto(`${base}/search?q=${encodeURIComponent("双拥")}`);
        expect(await page.locator("main mark").first().textContent()).toBe("双拥");
        expect(await fits()).toBe(true);
        await shot(page, "phone-4-search");
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  },
);
