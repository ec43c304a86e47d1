// A draft (headline units + body units) → an Article with every field read out, plus what was removed.
import {
  type Article,
  type Author,
  emptyArticle,
  headPieces,
  type Message,
  type Removal,
} from "../model/index.js";
import type { Draft, Unit } from "../segment/index.js";
import { COLUMN_TAG_END, PHOTO_TITLES } from "../segment/patterns.js";
import { parseByline } from "./byline.js";
import { creditAtEnd } from "./credit.js";
import { readDateline } from "./dateline.js";
import { assignHeadline, SUBTITLE_START } from "./headline.js";
import { type Jump, readJumpLine, splitJumpAtEnd, splitJumpAtStart } from "./jump.js";
import { CREDIT_BULLET, EDITOR_NOTE_START } from "./patterns.js";
import { readToc } from "./toc.js";

/** A lead sentence: long, with a clause comma inside. */
const LEAD_SENTENCE = /^(?=.{20,}).*[，；].*$/u;

export interface Built {
  article: Article;
  removed: Removal[];
  messages: Message[];
}

export function buildArticle(draft: Draft): Built {
  if (draft.kind === "toc") return buildToc(draft);
  const out: Built = { article: emptyArticle(), removed: [], messages: [] };
  const a = out.article;
  const { headingTexts, body, deck } = splitHeading(draft);
  // Type sizes of the headline lines where print shows them (a PDF): the largest is the title.
  const sizes = draft.heading.slice(0, headingTexts.length).map((u) => u.typography?.size);
  const typed = sizes.every((s) => s !== undefined) ? (sizes as number[]) : undefined;
  Object.assign(a, assignHeadline(headingTexts, typed));
  if (deck !== null) {
    if (a.subtitle === null) a.subtitle = deck.text;
    else body.unshift(deck);
  }

  const credits: string[] = [];
  // Where each credit is printed (Article.creditsAt): the body's pieces printed before it.
  const creditsAt: number[] = [];
  const credit = (text: string): void => {
    credits.push(text);
    creditsAt.push(headPieces(a) + a.paragraphs.length);
  };
  let photographer = false;
  let sawParagraph = false;
  for (const unit of body) {
    if (unit.role === "jump") {
      const jump = readJumpLine(unit.text);
      if (jump) applyJump(out, jump, unit.line);
      else a.paragraphs.push(unit.text);
      continue;
    }
    if (unit.role === "credit") {
      credit(unit.text);
      const isPhoto =
        /摄|供图|新华社发/u.test(unit.text) ||
        (sawParagraph && CREDIT_BULLET.test(unit.text) && a.paragraphs.length <= 2);
      photographer ||= isPhoto;
      a.authors.push(...creditAuthors(unit.text, isPhoto ? "photographer" : "author"));
      continue;
    }
    let text = unit.text;
    const jin = splitJumpAtStart(text);
    if (jin) {
      applyJump(out, jin.jump, unit.line);
      text = jin.rest;
    }
    const jout = splitJumpAtEnd(text);
    if (jout) {
      applyJump(out, jout.jump, unit.line);
      text = jout.rest;
    }
    if (a.editorNote === "" && unit.role === "body") {
      a.editorNote = text;
      continue;
    }
    if (!sawParagraph && a.editorNote === null && readEditorNote(a, text, body, unit)) continue;
    if (!sawParagraph && a.dateline === null && unit.role === "body") {
      const d = readDateline(text);
      if (d) {
        a.dateline = d.dateline;
        a.authors.push(...d.authors);
        if (d.byline !== null) credit(d.byline);
        text = d.rest;
      }
    }
    // A credit that ends the paragraph (…尽享春日美景。 ■ 孙文辉) is printed after it.
    const trailing = unit.role === "body" ? creditAtEnd(text) : null;
    if (trailing !== null) {
      photographer = true;
      a.authors.push(...creditAuthors(trailing.credit, "photographer"));
      text = text.slice(0, trailing.index).replace(/[\s\u3000\u00a0]+$/u, "");
    }
    if (text.length > 0) a.paragraphs.push(text);
    if (trailing !== null) credit(trailing.credit);
    // A lead (导语) set before the dateline does not close the search for the dateline.
    sawParagraph ||= text.length > 0 && unit.role === "body" && unit !== deck;
  }
  if (credits.length > 0) {
    a.credits = credits;
    a.creditsAt = creditsAt;
  }
  const captionLike = a.dateline === null && a.paragraphs.length <= 2;
  if (photographer && captionLike && (a.title === null || PHOTO_TITLES.has(a.title))) a.kind = "photo";
  if (a.title === null && a.paragraphs.length > 0 && a.kind === "article") {
    out.messages.push({
      level: "warning",
      rule: "fields/no-headline",
      line: body[0]?.line ?? 0,
      message: "an item without a headline: its paragraphs could not be attached to any article",
    });
  }
  return out;
}

/** A line repeating the headline opens the body (a document's own title printed again under the headline). */
function splitHeading(draft: Draft): { headingTexts: string[]; body: Unit[]; deck: Unit | null } {
  const headingTexts: string[] = [];
  let body = draft.body;
  for (let i = 0; i < draft.heading.length; i++) {
    const text = (draft.heading[i] as Unit).text;
    if (headingTexts.includes(text)) {
      body = [...draft.heading.slice(i), ...draft.body];
      break;
    }
    headingTexts.push(text);
    // The subtitle closes a headline: a line under it is the body's lead (导语), not more headline. So does
    // a column-tagged title, when the next line reads as a sentence (a commentary's lead: 读懂一座城的来路，
    // 才能走好它的去路 under 从老街巷里读城市（新论）).
    // Where print sets the next line in the same headline as the title (a PDF's deck), it is no lead.
    const nextUnit = draft.heading[i + 1];
    const next = nextUnit?.text;
    const sameHeadline =
      nextUnit?.typography?.headline != null &&
      nextUnit.typography.headline === (draft.heading[i] as Unit).typography?.headline;
    const leadFollows =
      next !== undefined &&
      !sameHeadline &&
      COLUMN_TAG_END.test(text) &&
      !SUBTITLE_START.test(next) &&
      LEAD_SENTENCE.test(next);
    if ((i > 0 && SUBTITLE_START.test(text)) || leadFollows) {
      body = [...draft.heading.slice(i + 1), ...draft.body];
      break;
    }
  }
  // A deck: one prose block between the headline and the dateline is the subtitle (a summary 副题).
  let deck: Unit | null = null;
  const [first, second] = body;
  if (
    headingTexts.length > 0 &&
    first?.role === "body" &&
    !first.dateline &&
    second?.dateline &&
    first.text.length < 200 &&
    // Where print shows type (a PDF), a deck is set with the headline; a body paragraph is not one.
    first.typography?.headline !== null
  ) {
    deck = first;
    body = body.slice(1);
  }
  return { headingTexts, body, deck };
}

function readEditorNote(a: Article, text: string, body: readonly Unit[], unit: Unit): boolean {
  const m = EDITOR_NOTE_START.exec(text);
  if (!m?.groups?.label) return false;
  const note = text.slice(m[0].length);
  // The label as printed, with its colon when it has one (编者按：), so no character is lost.
  const label = m[0].trim();
  if (note.length > 0) {
    a.editorNote = note;
    a.editorNoteLabel = label;
    return true;
  }
  // The label alone (编者的话) with the note in the next paragraph: leave both as paragraphs unless the
  // next unit is prose, then it is the note.
  const next = body[body.indexOf(unit) + 1];
  if (next?.role === "body") {
    a.editorNoteLabel = label;
    a.editorNote = "";
    return true;
  }
  return false;
}

function applyJump(out: Built, jump: Jump, line: number): void {
  const a = out.article;
  out.removed.push({ text: jump.text, reason: "jump" });
  if (jump.direction === "out") {
    if (a.continuesOn !== null && a.continuesOn !== jump.page)
      out.messages.push({
        level: "warning",
        rule: "fields/jump-twice",
        line,
        message: `a second jump line (${jump.text})`,
      });
    a.continuesOn = jump.page;
  } else {
    a.continuedFrom = jump.page;
  }
}

function creditAuthors(text: string, role: "photographer" | "author"): Author[] {
  const inner = text.replace(/^[（(]?[■□▲●◆]?/u, "").replace(/(?:摄|供图|制图|绘)?[）)]?$/u, "");
  return parseByline(inner, role);
}

function buildToc(draft: Draft): Built {
  const a = emptyArticle("toc");
  a.title = draft.heading[0]?.text ?? null;
  a.toc = readToc(draft.body);
  return { article: a, removed: [], messages: [] };
}
