// Reading issues (issue-input.ts) in worker threads, so that `banmian ingest` uses a second core: the threads
// read, parse and make ready the issues ahead while the ingest's own thread, the archive's one writer, stores
// the batch before (ingest.ts keeps them PAGES_AHEAD ahead). Without a built worker file (running from
// TypeScript sources, as the in-process tests do) or with 0 threads, the same functions run in the calling
// thread.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type IssueJob, type IssueRead, readAndParse, readIssue } from "./issue-input.js";
import type { Outcome, ParsedSource } from "./prepare.js";
import type { PageSource } from "./sources.js";

export type Job =
  | { id: number; kind: "issue"; issue: IssueJob }
  | { id: number; kind: "parse"; source: PageSource; maxBytes: number };
/** A job's result, or the error it met; `ms`: how long the thread worked on it. */
export type Reply = { id: number; ms: number } & (
  | { value: IssueRead | Outcome<ParsedSource> }
  | { error: string }
);

const WORKER = fileURLToPath(new URL("./parse-worker.js", import.meta.url));

/**
 * Threads for a run of `pages` page sources: none for a small run (a thread costs ~0.3 s to start: the parser's
 * modules and jieba's dictionary, ~40 MB), else one fewer than the cores, the writer having one to itself.
 */
export function defaultThreads(pages: number): number {
  return pages < THREADS_FROM ? 0 : Math.max(0, availableParallelism() - 1);
}

/**
 * A reading thread's young generation, where V8 puts new objects: a parse makes many that live until the issue
 * is sent, and the default (16 MB on 64-bit) collected them 14 % of the thread's time. bench:ingest at 100,000
 * synthetic articles (136,842 stored), one run each, quiet machine: default 2,006 articles/s, 32 MB 2,046,
 * 64 MB 2,221, 128 MB 2,142. (The writer thread's, set with node's --max-semi-space-size=64, went slower: 1,783.)
 */
const READER_YOUNG_MB = 64;

/** Page sources from which a run reads in worker threads (a run of fewer is over before one has started). */
export const THREADS_FROM = 64;

export interface IssueReader {
  /** Worker threads at work; 0 when reading happens in the calling thread. */
  readonly threads: number;
  /** How long the threads have worked, in all (ms), as far as their answers have come in. */
  readonly busyMs: number;
  readIssue(job: IssueJob): Promise<IssueRead>;
  parse(source: PageSource, maxBytes: number): Promise<Outcome<ParsedSource>>;
  close(): Promise<void>;
}

/** A reader with `threads` worker threads, or the calling thread's when 0 or when there is no built worker. */
export function issueReader(threads: number): IssueReader {
  if (threads <= 0 || !existsSync(WORKER))
    return { threads: 0, busyMs: 0, readIssue, parse: readAndParse, close: async () => {} };
  return new ParsePool(threads);
}

interface Thread {
  worker: Worker;
  /** Jobs sent and not answered. */
  queued: number;
}

class ParsePool implements IssueReader {
  private readonly pool: Thread[] = [];
  private readonly waiting = new Map<number, { resolve(value: unknown): void; reject(e: Error): void }>();
  private next = 0;
  busyMs = 0;
  /** Once a thread has died: every job from then on fails with this. */
  private broken: Error | null = null;
  private closing = false;

  constructor(readonly threads: number) {
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(WORKER, { resourceLimits: { maxYoungGenerationSizeMb: READER_YOUNG_MB } });
      const thread: Thread = { worker, queued: 0 };
      thread.worker.on("message", (reply: Reply) => {
        thread.queued--;
        this.busyMs += reply.ms;
        const waiting = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        if ("error" in reply) waiting?.reject(new Error(reply.error));
        else waiting?.resolve(reply.value);
      });
      thread.worker.on("error", (error) => this.fail(error));
      thread.worker.on("exit", (code) => {
        if (!this.closing) this.fail(new Error(`a reading thread stopped (exit code ${code})`));
      });
      this.pool.push(thread);
    }
  }

  readIssue(issue: IssueJob): Promise<IssueRead> {
    return this.send({ id: this.next++, kind: "issue", issue }) as Promise<IssueRead>;
  }

  parse(source: PageSource, maxBytes: number): Promise<Outcome<ParsedSource>> {
    return this.send({ id: this.next++, kind: "parse", source, maxBytes }) as Promise<Outcome<ParsedSource>>;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.pool.map((t) => t.worker.terminate()));
  }

  /** To the thread with the fewest jobs waiting: issues differ in size, so taking turns would leave one idle. */
  private send(job: Job): Promise<unknown> {
    if (this.broken !== null) return Promise.reject(this.broken);
    const thread = this.pool.reduce((a, b) => (b.queued < a.queued ? b : a));
    thread.queued++;
    return new Promise((resolve, reject) => {
      this.waiting.set(job.id, { resolve, reject });
      thread.worker.postMessage(job);
    });
  }

  private fail(error: Error): void {
    this.broken ??= error;
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
  }
}
