// Preparing articles for the index (prepare.ts) in worker threads, so that a bulk load's one writer thread
// only inserts: on 2 cores the writer and one worker overlap, batch n + 1 being prepared while batch n is
// written. Without a built worker file (running from TypeScript sources, as the tests do) or with size 0,
// the pool prepares in the calling thread.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { SearchDoc } from "./contract.js";
import { type PreparedDoc, prepareBatch } from "./prepare.js";
import { segmenter } from "./words.js";

type Fields = Omit<PreparedDoc, "doc">;
type Reply = { id: number; prepared: Fields[] } | { id: number; error: string };

const WORKER = fileURLToPath(new URL("./prepare-worker.js", import.meta.url));

export class PreparePool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve(p: Fields[]): void; reject(e: Error): void }>();
  private next = 0;

  /** `size` worker threads (each loads jieba's dictionary: ~40 MB, ~0.3 s). */
  constructor(size: number) {
    if (!existsSync(WORKER)) return;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER);
      worker.on("message", (reply: Reply) => {
        const waiting = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        if ("error" in reply) waiting?.reject(new Error(reply.error));
        else waiting?.resolve(reply.prepared);
      });
      worker.on("error", (error) => {
        for (const w of this.waiting.values()) w.reject(error);
        this.waiting.clear();
      });
      this.workers.push(worker);
    }
  }

  /** Whether work goes to threads (else it is done in the calling thread). */
  get threaded(): boolean {
    return this.workers.length > 0;
  }

  /** The articles prepared, in order; rejects, naming the article, on one the index cannot hold. */
  prepare(docs: readonly SearchDoc[]): Promise<PreparedDoc[]> {
    if (!this.threaded) {
      try {
        return Promise.resolve(prepareBatch(docs, segmenter()));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    const id = this.next++;
    const worker = this.workers[id % this.workers.length] as Worker;
    return new Promise<Fields[]>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, docs });
    }).then((fields) => fields.map((f, i) => ({ ...f, doc: docs[i] as SearchDoc })));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
