// A worker thread of PreparePool (prepare-pool.ts): prepares the articles it is sent, one message a batch.
import { parentPort } from "node:worker_threads";
import type { SearchDoc } from "./contract.js";
import { prepareBatch } from "./prepare.js";
import { segmenter } from "./words.js";

const jieba = segmenter();
parentPort?.on("message", (message: { id: number; docs: SearchDoc[] }) => {
  try {
    // Everything but the article itself, which the pool already has: half the bytes to copy back.
    const prepared = prepareBatch(message.docs, jieba).map(({ doc: _, ...fields }) => fields);
    parentPort?.postMessage({ id: message.id, prepared });
  } catch (error) {
    parentPort?.postMessage({
      id: message.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
