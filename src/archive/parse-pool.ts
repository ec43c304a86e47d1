// Reading issues (issue-input.ts) in worker threads, so that `banmian ingest` uses a second core: the threads
// read, parse and make ready the issues ahead while the ingest's own thread, the archive's one writer, stores
// the batch before (ingest.ts keeps them PAGES_AHEAD ahead). Without a built worker file (running from
// TypeScript sources, as the in-process tests do) or with 0 threads, the same functions run in the calling
// thread.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { UserWords } from "../search/words.js";
import { type PackedIssue, unpackIssue } from "../store/index.js";
import { type IssueJob, type IssueRead, readAndParse, readIssue } from "./issue-input.js";
import type { Outcome, ParsedSource } from "./prepare.js";
import type { PageSource } from "./sources.js";

export type Job =
  | { id: number; kind: "issue"; issue: IssueJob }
  | { id: number; kind: "parse"; source: PageSource; maxBytes: number };
/** A job's result, or the error it met; `ms`: how long the thread worked on it. */
export type Reply = { id: number; ms: number } & (
  | { value: PackedRead | Outcome<ParsedSource> }
  | { error: string }
);

/** An IssueRead as a thread sends it: its issue packed (packIssue in store/ready.ts). */
export type PackedRead = Omit<IssueRead, "input"> & { input: PackedIssue | null };

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

/** What a reading thread starts with: the archive's user words (readIssue's `words`). */
export interface ReaderData {
  words: string[];
}

/**
 * A reader with `threads` worker threads, or the calling thread's when 0 or when there is no built worker. `words`:
 * the archive's user words (SearchIndex.userWords), which every issue is cut with besides its own.
 */
export function issueReader(threads: number, words: readonly string[] = []): IssueReader {
  const base = new UserWords(words);
  if (threads <= 0 || !existsSync(WORKER))
    return {
      threads: 0,
      busyMs: 0,
      readIssue: (job) => readIssue(job, base),
      parse: readAndParse,
      close: async () => {},
    };
  return new ParsePool(threads, base);
}

interface Thread {
  worker: Worker;
  /** Jobs sent to it and not answered, by id. */
  jobs: Map<number, { resolve(value: unknown): void; reject(e: Error): void }>;
}

class ParsePool implements IssueReader {
  private pool: Thread[] = [];
  private next = 0;
  busyMs = 0;
  private closing = false;

  constructor(
    readonly threads: number,
    private readonly words: UserWords,
  ) {
    const workerData: ReaderData = { words: words.all() };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(WORKER, {
        workerData,
        resourceLimits: { maxYoungGenerationSizeMb: READER_YOUNG_MB },
      });
      const thread: Thread = { worker, jobs: new Map() };
      worker.on("message", (reply: Reply) => {
        this.busyMs += reply.ms;
        const job = thread.jobs.get(reply.id);
        thread.jobs.delete(reply.id);
        if ("error" in reply) job?.reject(new Error(reply.error));
        else job?.resolve(reply.value);
      });
      worker.on("error", (error) => this.lose(thread, error));
      worker.on("exit", (code) => {
        if (!this.closing) this.lose(thread, new Error(`a reading thread stopped (exit code ${code})`));
      });
      this.pool.push(thread);
    }
  }

  readIssue(issue: IssueJob): Promise<IssueRead> {
    if (this.pool.length === 0) return readIssue(issue, this.words);
    const read = this.send({ id: this.next++, kind: "issue", issue }) as Promise<PackedRead>;
    return read.then((r) => ({ ...r, input: r.input && unpackIssue(r.input) }));
  }

  parse(source: PageSource, maxBytes: number): Promise<Outcome<ParsedSource>> {
    if (this.pool.length === 0) return readAndParse(source, maxBytes);
    return this.send({ id: this.next++, kind: "parse", source, maxBytes }) as Promise<Outcome<ParsedSource>>;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.pool.map((t) => t.worker.terminate()));
  }

  /** To the thread with the fewest jobs waiting: issues differ in size, so taking turns would leave one idle. */
  private send(job: Job): Promise<unknown> {
    const thread = this.pool.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    return new Promise((resolve, reject) => {
      thread.jobs.set(job.id, { resolve, reject });
      thread.worker.postMessage(job);
    });
  }

  /**
   * A thread that died (a crash, a worker file that does not load): the jobs it held fail with the reason (their
   * pages alone); the rest go to the threads left, or to the calling thread when none is.
   */
  private lose(thread: Thread, error: Error): void {
    this.pool = this.pool.filter((t) => t !== thread);
    for (const job of thread.jobs.values()) job.reject(error);
    thread.jobs.clear();
  }
}
