// A PDF page as a picture for the reader's facsimile view (pdfjs draws it on an @napi-rs/canvas, encoded
// as WebP, PNG when WebP fails), with the page box in PDF points: the space article zones are measured in.
// One document open at a time, every page cleaned up and the document destroyed, so memory stays bounded.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type Canvas, createCanvas } from "@napi-rs/canvas";
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from "./pdfjs.js";

export type ImageFormat = "webp" | "png";

export interface PageImage {
  format: ImageFormat;
  /** Pixels. */
  width: number;
  height: number;
  /** The page box in PDF points (1/72 inch), rotation applied: the space zones are measured in. */
  pageWidth: number;
  pageHeight: number;
  bytes: Uint8Array;
}

export interface ImageOptions {
  /** Pixel width of the picture (height follows the page); default IMAGE_WIDTH. */
  width?: number;
  /** WebP quality 0–100; default WEBP_QUALITY. */
  quality?: number;
  /** Encode as PNG instead of WebP. */
  format?: ImageFormat;
}

export type Rendered<T> = { ok: true; value: T } | { ok: false; reason: string };

// 1400 px across a 1000-pt broadsheet page is 1.4 px/pt: 10-pt body type draws 14 px tall, readable when
// zoomed in; 1200 px (12 px type) blurred the sample's 9-pt columns, 1600 px cost 35 % more bytes for little.
// Measured on the sample page printed to PDF (scratch: 1200 / 1400 / 1600 px → 341 / 431 / 513 KB at q75).
export const IMAGE_WIDTH = 1400;
// q80: text edges at q75 and q85 looked the same on 2× crops of the sample page; q80 is ~12 % smaller
// than q85, and q100 (still lossy) ~40 % bigger.
export const WEBP_QUALITY = 80;
// A freak page (a 3-metre banner, a 200-inch box) must not allocate gigabytes: 16 Mpx is a 64 MB canvas,
// four times a 1400 px broadsheet page.
const MAX_PIXELS = 16_000_000;

const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

/** Opens a PDF for drawing (a copy of the bytes: pdfjs may take over the buffer it is given). */
export function openPdf(pdf: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    verbosity: 0,
    // Fonts a PDF does not embed and CJK CMaps come with pdfjs-dist; paths, not URLs, in Node.
    cMapUrl: join(PDFJS_ROOT, "cmaps/"),
    standardFontDataUrl: join(PDFJS_ROOT, "standard_fonts/"),
    wasmUrl: join(PDFJS_ROOT, "wasm/"),
  }).promise;
}

/** Draws one page of an open document. */
export async function renderPage(page: PDFPageProxy, options: ImageOptions = {}): Promise<PageImage> {
  const box = page.getViewport({ scale: 1 });
  let scale = (options.width ?? IMAGE_WIDTH) / box.width;
  if (box.width * box.height * scale * scale > MAX_PIXELS)
    scale = Math.sqrt(MAX_PIXELS / (box.width * box.height));
  const viewport = page.getViewport({ scale });
  const canvas: Canvas = createCanvas(
    Math.max(1, Math.round(viewport.width)),
    Math.max(1, Math.round(viewport.height)),
  );
  try {
    const canvasContext = canvas.getContext("2d");
    // pdfjs types its canvas as the DOM's; @napi-rs/canvas is what its Node build uses itself.
    await page.render({
      canvas: canvas as unknown as RenderParameters["canvas"],
      canvasContext: canvasContext as unknown as RenderParameters["canvasContext"],
      viewport,
      background: "#ffffff",
    }).promise;
    const { format, bytes } = await encode(canvas, options);
    return {
      format,
      width: canvas.width,
      height: canvas.height,
      pageWidth: round2(box.width),
      pageHeight: round2(box.height),
      bytes,
    };
  } finally {
    page.cleanup();
  }
}

type RenderParameters = Parameters<PDFPageProxy["render"]>[0];

async function encode(
  canvas: Canvas,
  options: ImageOptions,
): Promise<{ format: ImageFormat; bytes: Uint8Array }> {
  if (options.format !== "png") {
    try {
      const webp = await canvas.encode("webp", options.quality ?? WEBP_QUALITY);
      if (webp.byteLength > 0) return { format: "webp", bytes: new Uint8Array(webp) };
    } catch {
      // A build of the canvas without a WebP encoder: PNG below, which every build has.
    }
  }
  return { format: "png", bytes: new Uint8Array(await canvas.encode("png")) };
}

/**
 * Pictures of the given pages (1-based) of a PDF, one page in memory at a time; the reason when the PDF
 * cannot be opened or a page is not in it.
 */
export async function renderPdfPages(
  pdf: Uint8Array,
  pages: readonly number[],
  options: ImageOptions = {},
): Promise<Rendered<PageImage[]>> {
  let doc: PDFDocumentProxy;
  try {
    doc = await openPdf(pdf);
  } catch (error) {
    return { ok: false, reason: `not a readable PDF (${reason(error)})` };
  }
  try {
    const images: PageImage[] = [];
    for (const n of pages) {
      if (!Number.isInteger(n) || n < 1 || n > doc.numPages)
        return { ok: false, reason: `the PDF has no page ${n} (it has ${doc.numPages})` };
      try {
        images.push(await renderPage(await doc.getPage(n), options));
      } catch (error) {
        return { ok: false, reason: `page ${n} of the PDF cannot be drawn (${reason(error)})` };
      }
    }
    return { ok: true, value: images };
  } finally {
    await doc.destroy();
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
