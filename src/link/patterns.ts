// Text signals issue linking reads, each with an example from print.

/** A part that opens a sentence: an opening quote or bracket, as in “我们要…” or 【现场】. */
export const OPENS_SENTENCE = /^[“「『《【]/u;

/** A part that can only continue a sentence: it opens with clause punctuation, as in ，更好造福两国人民。 */
export const CONTINUES_SENTENCE = /^[，,、；;：:）)」』”]/u;
