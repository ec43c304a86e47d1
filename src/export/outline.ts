// A page as a readable outline for a person: headlines, datelines, bylines, jumps, repairs.
import type { Article, Author, Page } from "../model/index.js";

const ROLE_WORDS: Record<Author["role"], string> = {
  reporter: "记者",
  correspondent: "通讯员",
  photographer: "摄影",
  author: "作者",
  editor: "编辑",
  other: "",
};

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function authorsLine(authors: readonly Author[]): string {
  const byRole = new Map<string, string[]>();
  for (const a of authors)
    byRole.set(ROLE_WORDS[a.role], [...(byRole.get(ROLE_WORDS[a.role]) ?? []), a.name]);
  return [...byRole].map(([role, names]) => `${role} ${names.join("、")}`.trim()).join(" · ");
}

function articleOutline(a: Article): string[] {
  const id = (a.id ?? "").padEnd(5);
  const pad = " ".repeat(5);
  const lines: string[] = [];
  const kind = a.kind === "article" ? "" : `[${a.kind}] `;
  if (a.kicker) lines.push(`${id}  引 ${a.kicker}`);
  const label = a.label ? `〔${a.label}〕 ` : "";
  lines.push(`${lines.length === 0 ? id : pad}  ${kind}${label}${a.title ?? "(no headline)"}`);
  if (a.subtitle) lines.push(`${pad}  副 ${a.subtitle}`);
  const meta = [a.dateline?.text ?? null, a.authors.length > 0 ? authorsLine(a.authors) : null].filter(
    Boolean,
  );
  if (meta.length > 0) lines.push(`${pad}  ${meta.join(" · ")}`);
  if (a.editorNote) {
    const label = (a.editorNoteLabel ?? "编者按").replace(/[：:]$/u, "");
    lines.push(`${pad}  ${label}：${clip(a.editorNote, 60)}`);
  }
  const chars = a.paragraphs.reduce((n, p) => n + p.length, 0);
  const jumps = [
    a.continuedFrom !== null ? `上接第${a.continuedFrom}版` : null,
    a.continuesOn !== null ? `下转第${a.continuesOn}版` : null,
  ].filter(Boolean);
  if (a.kind !== "toc")
    lines.push(
      `${pad}  ${a.paragraphs.length} paragraph${a.paragraphs.length === 1 ? "" : "s"}, ${chars} characters${jumps.length ? ` · ${jumps.join(" · ")}` : ""}`,
    );
  if (a.paragraphs[0]) lines.push(`${pad}  │ ${clip(a.paragraphs[0], 60)}`);
  for (const e of a.toc ?? []) {
    const head = [e.kicker, e.title, e.subtitle ? `——${e.subtitle}` : null].filter(Boolean).join(" / ");
    lines.push(`${pad}  · ${head}${e.page !== null ? `  第${e.page}版` : ""}`);
  }
  return lines;
}

export function formatOutline(page: Page): string {
  const where = [page.paper, page.date, page.page !== null ? `第${page.page}版` : null, page.pageName]
    .filter(Boolean)
    .join(" · ");
  const out: string[] = [`${where || "(page without metadata)"}  (${page.file})`];
  const dups = page.removed.filter((r) => r.reason === "duplicate").length;
  const items = page.articles.length;
  out.push(
    `${items} item${items === 1 ? "" : "s"} · ${dups} duplicate fragment${dups === 1 ? "" : "s"} removed`,
    "",
  );
  for (const a of page.articles) out.push(...articleOutline(a), "");
  if (page.removed.length > 0) {
    out.push("removed:");
    for (const r of page.removed)
      out.push(`  ${r.reason.padEnd(10)} ${clip(r.text.replace(/\n/gu, " "), 60)}`);
    out.push("");
  }
  const notable = page.messages.filter((m) => m.level !== "info" || m.rule?.startsWith("repair/"));
  if (notable.length > 0) {
    out.push("messages:");
    for (const m of notable)
      out.push(
        `  ${m.level.padEnd(8)}${m.line ? `line ${m.line}: ` : ""}${m.message}${m.rule ? `  [${m.rule}]` : ""}`,
      );
    out.push("");
  }
  return `${out.join("\n")}\n`;
}
