// The process's stdout when its reader goes away (`banmian parse … | head`): quiet, not a crash.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { closedPipeSafe } from "./io.js";

/** A stream whose reader closes after `accept` writes, as a pipe into `head` does. */
function pipeClosingAfter(accept: number, code = "EPIPE") {
  const written: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (written.length < accept) {
        written.push(chunk.toString());
        done();
      } else done(Object.assign(new Error(`write ${code}`), { code }));
    },
  });
  return { stream, written };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("closedPipeSafe", () => {
  it("stops writing after EPIPE without throwing", async () => {
    const { stream, written } = pipeClosingAfter(1);
    const write = closedPipeSafe(stream);
    write("one\n");
    write("two\n");
    await settle();
    write("three\n");
    await settle();
    expect(written).toEqual(["one\n"]);
  });

  it("passes any other stream error on", () => {
    const { stream } = pipeClosingAfter(0);
    closedPipeSafe(stream);
    const [listener] = stream.listeners("error") as ((e: Error) => void)[];
    const eio = Object.assign(new Error("write EIO"), { code: "EIO" });
    expect(() => listener?.(eio)).toThrow("write EIO");
  });
});
