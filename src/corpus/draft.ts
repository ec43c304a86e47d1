// One corpus article as printed on its page: headline runs, body runs and jump lines, and the
// gold article a parser should recover from them. Jumped stories print only their head or tail.
import type { GoldArticle } from "./gold.js";
import {
  continuationTitle,
  cutStory,
  jumpInLine,
  jumpOutLine,
  jumpStyle,
  keptParagraphs,
  storyKey,
} from "./jump-cut.js";
import type { CorpusArticle } from "./load.js";
import type { Rng } from "./random.js";
import type { Run } from "./runs.js";

export interface DraftItem {
  runs: Run[];
  gold: GoldArticle;
}

// From the brief: jump lines are glued to the text (as in the sample's first article) or on a
// line of their own, about evenly.
const GLUED_JUMP = 0.5;

/** `rng` is the page's jump stream: where jump lines go and continuation titles, never the cut. */
export function draftItem(article: CorpusArticle, rng: Rng): DraftItem {
  const paragraphs = keptParagraphs(article.body);
  const otherPage = article.alsoListedOnPages[0];
  const key = storyKey(article);
  const headlines = [article.kicker, article.title, article.subtitle];

  if (article.jumpRole === "start" && otherPage !== undefined) {
    const cut = cutStory(paragraphs, key);
    const runs = [...headlineRuns(headlines), ...textRuns(cut.head, true)];
    const line = jumpOutLine(jumpStyle(key), otherPage);
    const last = runs.at(-1);
    if (last?.kind === "text" && rng.chance(GLUED_JUMP)) last.suffix = line;
    else runs.push({ kind: "jump", text: line });
    return { runs, gold: gold(article, { paragraphs: cut.head, continuesOn: otherPage }) };
  }

  if (article.jumpRole === "continuation" && otherPage !== undefined) {
    const cut = cutStory(paragraphs, key);
    const title = continuationTitle(article.title, rng);
    const body = textRuns(cut.tail, !cut.midParagraph);
    const line = jumpInLine(jumpStyle(key), otherPage);
    const first = body[0];
    if (first?.kind === "text" && rng.chance(GLUED_JUMP)) first.prefix = line;
    else body.unshift({ kind: "jump", text: line });
    return {
      runs: [...headlineRuns([title]), ...body],
      gold: gold(
        { ...article, kicker: null, title, subtitle: null },
        { paragraphs: cut.tail, continuedFrom: otherPage },
      ),
    };
  }

  return {
    runs: [...headlineRuns(headlines), ...textRuns(paragraphs, true)],
    gold: gold(article, { paragraphs }),
  };
}

function headlineRuns(lines: readonly (string | null)[]): Run[] {
  return lines.flatMap((text) =>
    text === null || !/\S/.test(text) ? [] : [{ kind: "headline" as const, text }],
  );
}

/** `firstIndented` false: the first run continues a paragraph cut on the start page. */
function textRuns(paragraphs: readonly string[], firstIndented: boolean): Run[] {
  return paragraphs.map((text, i) => ({ kind: "text", text, indent: i > 0 || firstIndented }));
}

function gold(
  headline: Pick<CorpusArticle, "kicker" | "title" | "subtitle">,
  body: { paragraphs: string[]; continuesOn?: number; continuedFrom?: number },
): GoldArticle {
  return {
    kicker: headline.kicker,
    title: headline.title,
    subtitle: headline.subtitle,
    paragraphs: body.paragraphs,
    continuesOn: body.continuesOn ?? null,
    continuedFrom: body.continuedFrom ?? null,
  };
}
