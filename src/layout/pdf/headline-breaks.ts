// Where a headline's printed line breaks at the space between its two parts, the text layer keeps no
// space: a line that ends in a space lets it hang past the column edge, and nothing of it is printed.
// The sample's title "巩固发展坚如磐石的军政军民团结 共同续写爱我人民爱我军的时代新篇" breaks there, both
// lines full. The evidence left is in the text: a headline's two parts are usually one sentence of the
// story with its comma dropped, and the story prints "…军民团结，共同续写…".

/** Evidence that a headline line break stands for a space, read off the sample page. */
export const HEADLINE_BREAK = {
  // Characters taken from each side of the break: two are a word; four leave few chance matches on a page.
  context: 4,
  // Fewer than this on either side proves nothing ("篇" alone after a break mid-word).
  minContext: 2,
  // What the story prints between the two parts where the headline has a space.
  joins: /[，、；：。！？,;: ]/u,
} as const;

/**
 * Whether the break between two headline lines stands for a space: the end of the first and the start of
 * the second occur on the page with a punctuation mark between them (`texts`: the page's other blocks).
 */
export function spaceAtBreak(before: string, after: string, texts: readonly string[]): boolean {
  const { context, minContext, joins } = HEADLINE_BREAK;
  const tail = before.slice(-context);
  const head = after.slice(0, context);
  if (tail.length < minContext || head.length < minContext || /\s$/u.test(tail) || /^\s/u.test(head))
    return false;
  for (const text of texts) {
    for (let at = text.indexOf(tail); at >= 0; at = text.indexOf(tail, at + 1)) {
      const between = text.charAt(at + tail.length);
      if (joins.test(between) && text.startsWith(head, at + tail.length + 1)) return true;
    }
  }
  return false;
}
