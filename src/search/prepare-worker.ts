// A worker thread of PreparePool (prepare-pool.ts): prepares the articles it is sent, one message a batch.
import { parentPort } from "node:worker_threads";
import type { SearchDoc } from "./contract.js";
import { prepareDoc } from "./prepare.js";
import { cutWords, docWords, segmenter, UserWords } from "./words.js";

const jieba = segmenter();
parentPort?.on("message", (message: { id: number; docs: SearchDoc[] }) => {
  try {
    // The batch's own user words kept whole (no archive words here: the bulk load starts from none).
    const words = new UserWords(message.docs.flatMap(docWords));
    // Everything but the article itself, which the pool already has: half the bytes to copy back.
    const prepared = message.docs.map((d) => {
      const { doc: _, ...fields } = prepareDoc(d, (text) => cutWords(jieba, text, words));
      return fields;
    });
    parentPort?.postMessage({ id: message.id, prepared });
  } catch (error) {
    parentPort?.postMessage({
      id: message.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
