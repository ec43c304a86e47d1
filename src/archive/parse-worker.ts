// A worker thread of ParsePool (parse-pool.ts): reads, parses and makes ready what it is sent, a message a job,
// and says how long it worked on it (ParsePool.busyMs: how busy reading kept the threads).
import { parentPort, workerData } from "node:worker_threads";
import { UserWords } from "../search/words.js";
import { packIssue } from "../store/ready.js";
import { readAndParse, readIssue } from "./issue-input.js";
import type { Job, ReaderData, Reply } from "./parse-pool.js";

const port = parentPort;
const words = new UserWords((workerData as ReaderData | null)?.words ?? []);
// The time the last reply took to send (copying it out is part of the work), counted with the next one.
let sending = 0;
// One job at a time: a PDF page's job awaits pdfjs and the image encoder, and another message would start a job
// beside it, every page ahead at once (documents, canvases, copies of the file).
let queue: Promise<void> = Promise.resolve();
port?.on("message", (job: Job) => {
  queue = queue.then(() => run(job));
});

function run(job: Job): Promise<void> {
  const t0 = performance.now();
  // An issue goes to the writer with its long texts as bytes (packIssue).
  const work =
    job.kind === "issue"
      ? readIssue(job.issue, words).then((read) => ({ ...read, input: read.input && packIssue(read.input) }))
      : readAndParse(job.source, job.maxBytes);
  const send = (reply: Reply) => {
    const t1 = performance.now();
    port?.postMessage(reply);
    sending = performance.now() - t1;
  };
  return work.then(
    (value) => send({ id: job.id, ms: performance.now() - t0 + sending, value }),
    (error: unknown) =>
      send({
        id: job.id,
        ms: performance.now() - t0 + sending,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
}
