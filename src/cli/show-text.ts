// A stitched story as readable text: headlines, dateline and bylines, paragraphs, then where each part
// was printed, the links that tie it to the issue, and the notes (unmatched jumps) about it.
import type { Link } from "../link/index.js";
import { printOrder } from "../model/index.js";
import type { Story } from "../store/index.js";

export function formatStory(story: Story): string {
  const a = story.article;
  const { paper, date, page } = story.start;
  const out: string[] = [`${a.id ?? ""}  ${paper} ${date} page ${page}  (${a.kind})`, ""];
  if (a.label) out.push(`[${a.label}]`);
  if (a.kicker) out.push(a.kicker);
  out.push(a.title ?? "(untitled)");
  if (a.subtitle) out.push(a.subtitle);
  // Credits printed above the first paragraph go with the dateline; the others where they were printed (a
  // photo credit after its caption).
  const pieces = printOrder(a);
  const first = pieces.findIndex((p) => p.kind === "paragraph");
  const [lead, rest] = first < 0 ? [pieces, []] : [pieces.slice(0, first), pieces.slice(first)];
  const credits = lead.flatMap((p) => (p.kind === "credit" ? [p.text] : []));
  const byline = [a.dateline?.text ?? null, ...credits].filter((s) => s !== null && s !== "");
  if (byline.length > 0) out.push(byline.join(" "));
  if (a.editorNote) out.push("", `${a.editorNoteLabel ?? "编者按"} ${a.editorNote}`);
  for (const p of rest) if (p.kind === "paragraph" || p.kind === "credit") out.push("", p.text);
  for (const e of a.toc ?? [])
    out.push(`  ${[e.kicker, e.title].filter(Boolean).join(" ")}${e.page === null ? "" : `  第${e.page}版`}`);

  out.push("", "parts:");
  for (const [i, part] of story.parts.entries()) {
    const link = story.links.find((l) => l.kind === "jump" && l.to === part.id);
    const why = link === undefined ? "" : `; ${describe(link)}`;
    out.push(`  ${i + 1}. ${part.id}  page ${part.page}, article ${part.position} (${part.role}${why})`);
  }
  const other = story.links.filter((l) => l.kind === "toc");
  if (other.length > 0) {
    out.push("links:");
    for (const l of other) out.push(`  ${describe(l)}`);
  }
  if (story.messages.length > 0) {
    out.push("notes:");
    for (const m of story.messages) out.push(`  ${m.level} ${m.rule ?? ""}: ${m.message}`);
  }
  return `${out.join("\n")}\n`;
}

function describe(link: Link): string {
  if (link.kind === "jump") {
    const e = link.evidence;
    return `jump from ${link.from}, confidence ${link.confidence}: headline ${e.headline}, keywords ${e.keywords}`;
  }
  const e = link.evidence;
  return `contents entry ${e.entryTitle} in ${link.from} → ${link.to}, confidence ${link.confidence}`;
}
