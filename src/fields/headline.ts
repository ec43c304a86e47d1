// Headline lines → label, kicker 引题, title 主题, subtitle 副题.
import { COLUMN_TAG_END } from "../segment/patterns.js";

export interface Headline {
  label: string | null;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
}

/** A subtitle opens with a dash: ——回访三年前报道过的那些村庄 */
export const SUBTITLE_START = /^(?:——|—|--|－－)/u;
/** A kicker leads into the title: 某市社区书记述职会当场点问题—— · 市气象局： · …会议上强调 */
const KICKER_END = /(?:——|—|：|:|强调|指出|表示|要求|提出|发现|透露|认为|称)$/u;
/**
 * A label is a place or column tag before the title: 高唐 14笔专利权质押融资 1.26亿元 · 临清 高校专家团….
 * Two Han characters, or three ending in an administrative suffix, then the title; parallel headlines
 * such as 码头忙 订单旺 or 菜价稳 品种多 供应足 are not labelled (their first part is as long as the next).
 */
const LABEL = /^(?<label>\p{Script=Han}{2}|\p{Script=Han}{2}[县市区镇乡村州])[ \u3000\u00a0]+(?<rest>\S.*)$/u;
const MIN_TITLE_AFTER_LABEL = 8;
/**
 * Under a title, a line much longer than it is a deck (副题), not a title under a kicker: kickers run
 * longer than their titles (全市开展慰问帮扶身边好人活动综述 / 关爱好人弘扬新风), decks
 * longer (新春文艺晚会在市剧院举行 / 市领导与劳动模范代表一同观看演出并向大家拜年). Counted on the
 * development corpus's two-line headlines without a dash or column tag: 6 of 17 title+subtitle pairs
 * pass these bounds and none of 40 kicker+title pairs.
 */
const DECK_MIN_CHARS = 25;
const DECK_RATIO = 1.6;

// Lines within this share of the largest size are set in the title's type (rounding in the text layer).
const SAME_SIZE = 0.06;

/**
 * `sizes` (type sizes in points, one per line, where print shows them): the title is the largest type,
 * what stands above it the kicker, what stands below it the subtitle. Without sizes, or when all lines
 * share one size, the lines' text decides.
 */
export function assignHeadline(lines: readonly string[], sizes?: readonly number[]): Headline {
  const typeset = sizes === undefined ? null : byTypeSize(lines, sizes);
  if (typeset !== null) return withLabel(typeset);
  const h: Headline = { label: null, kicker: null, title: null, subtitle: null };
  const n = lines.length;
  if (n === 0) return h;
  if (n === 1) {
    h.title = lines[0] as string;
  } else {
    const subIdx = lines.findIndex((l, i) => i > 0 && SUBTITLE_START.test(l));
    if (subIdx > 0) {
      h.subtitle = lines.slice(subIdx).join(" ");
      h.title = lines[subIdx - 1] as string;
      if (subIdx >= 2) h.kicker = lines.slice(0, subIdx - 1).join(" ");
    } else if (n === 2) {
      const [a, b] = lines as [string, string];
      // Title then subtitle when the first line carries the column tag or the second line is the longer
      // sentence-like deck; otherwise the usual kicker over title.
      const deck = b.length >= DECK_MIN_CHARS && b.length >= DECK_RATIO * a.length;
      if (!KICKER_END.test(a) && !COLUMN_TAG_END.test(b) && (COLUMN_TAG_END.test(a) || deck)) {
        h.title = a;
        h.subtitle = b;
      } else {
        h.kicker = a;
        h.title = b;
      }
    } else {
      h.kicker = lines.slice(0, n - 2).join(" ");
      h.title = lines[n - 2] as string;
      h.subtitle = lines[n - 1] as string;
    }
  }
  return withLabel(h);
}

function byTypeSize(lines: readonly string[], sizes: readonly number[]): Headline | null {
  if (lines.length < 2 || sizes.length !== lines.length) return null;
  const max = Math.max(...sizes);
  const isTitle = sizes.map((s) => s >= (1 - SAME_SIZE) * max);
  if (isTitle.every(Boolean)) return null;
  const first = isTitle.indexOf(true);
  let end = first;
  while (end < lines.length && isTitle[end]) end++;
  const join = (part: readonly string[]) => (part.length === 0 ? null : part.join(" "));
  return {
    label: null,
    kicker: join(lines.slice(0, first)),
    title: join(lines.slice(first, end)),
    subtitle: join(lines.slice(end)),
  };
}

/** A place or column tag before the title (高唐 14笔专利权质押融资 1.26亿元) is the label. */
function withLabel(h: Headline): Headline {
  if (h.title !== null) {
    const m = LABEL.exec(h.title);
    const rest = m?.groups?.rest;
    if (m?.groups?.label && rest !== undefined && !COLUMN_TAG_END.test(rest)) {
      const restFirst = rest.split(/[ \u3000\u00a0]+/u)[0] ?? "";
      if (rest.length >= MIN_TITLE_AFTER_LABEL && restFirst.length !== m.groups.label.length) {
        h.label = m.groups.label;
        h.title = rest;
      }
    }
  }
  return h;
}
