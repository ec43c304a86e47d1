// Minimal PDFs written byte by byte, for tests of the reader's edges: pages of ASCII text in Helvetica,
// pages with only a grey box, many pages, an /Encrypt dictionary whose password check fails, broken bytes.
// No Chinese here: a CID font would need an embedded font program; Chinese pages come from Chromium.

export interface TextLine {
  text: string;
  /** PDF user space: points from the bottom-left corner. */
  x: number;
  y: number;
  size?: number;
}

export interface MinimalPage {
  lines?: TextLine[];
  /** A filled grey rectangle (x, y, w, h): an image-only page has nothing else. */
  box?: [number, number, number, number];
}

export interface MinimalOptions {
  /** Adds an /Encrypt dictionary (RC4, 40-bit) whose /U matches no password: readers must ask for one. */
  encrypted?: boolean;
  width?: number;
  height?: number;
}

const escapePdfString = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);

function contentStream(page: MinimalPage): string {
  const ops: string[] = [];
  if (page.box) ops.push(`0.8 g ${page.box.join(" ")} re f 0 g`);
  for (const l of page.lines ?? [])
    ops.push(`BT /F1 ${l.size ?? 12} Tf ${l.x} ${l.y} Td (${escapePdfString(l.text)}) Tj ET`);
  return ops.join("\n");
}

/** A PDF file with one page per entry; objects numbered 1 (catalog), 2 (pages), 3 (font), then pages. */
export function minimalPdf(pages: readonly MinimalPage[], options: MinimalOptions = {}): Uint8Array {
  const width = options.width ?? 595;
  const height = options.height ?? 842;
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + 2 * i);
  objects.push("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push(
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages.length} >>`,
  );
  objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  pages.forEach((page, i) => {
    const content = contentStream(page);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`,
    );
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  });
  const encryptId = objects.length + 1;
  if (options.encrypted) {
    const pad = "00".repeat(32);
    objects.push(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${pad}> /U <${"ab".repeat(32)}> >>`);
  }
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, "0")} 00000 n \n`;
  const encrypt = options.encrypted
    ? ` /Encrypt ${encryptId} 0 R /ID [<${"11".repeat(16)}> <${"11".repeat(16)}>]`
    : "";
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
