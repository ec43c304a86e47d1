// How a piece of Chinese text ends or begins: the signals for sentence, headline and split paragraph.

/** Characters that end a sentence or a paragraph: 。！？…” and their kin. */
export const SENTENCE_END = /[。！？!?…”’」』：:；;]$|——$/u;
/** Punctuation that can appear inside a sentence but never ends a paragraph: ，、 and an open bracket. */
export const CLAUSE_END = /[，,、（(《“‘「『]$/u;
/** Sentence punctuation anywhere: a line carrying it reads as prose, not as a headline. */
export const SENTENCE_MARK = /[。！!；;]/u;

/** A paragraph that stops mid-sentence: its last character is a letter, digit, Han character or a comma. */
export function endsMidSentence(text: string): boolean {
  if (text.length === 0) return false;
  if (SENTENCE_END.test(text)) return false;
  return !/[）)】\]]$/u.test(text);
}
