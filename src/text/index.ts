export { bigramCounts, dice, diceCounts, stripWhitespace } from "./bigrams.js";
export { countKeys } from "./keys.js";
export { CLAUSE_END, endsMidSentence, SENTENCE_END, SENTENCE_MARK } from "./punctuation.js";
export { dictionaryLoads, jieba, splitsWord, words } from "./words.js";
