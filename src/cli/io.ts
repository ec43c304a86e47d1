// What a command needs from the outside world, so commands run in tests without a process.
import { type ParseArgsConfig, parseArgs } from "node:util";

export interface Io {
  /** Text, or bytes as they are (an image that `banmian get` fetched). */
  stdout(text: string | Uint8Array): void;
  stderr(text: string): void;
  /** Working directory that relative paths resolve against. */
  cwd: string;
  /** Environment variables (CI, BANMIAN_DB, …). */
  env: Readonly<Record<string, string | undefined>>;
  /** True when stdout is a terminal (progress bars, colours). */
  isTty: boolean;
}

/** A command: argv after the command name in, exit code out. */
export type Command = (argv: string[], io: Io) => Promise<number>;

export function processIo(): Io {
  return {
    stdout: closedPipeSafe(process.stdout),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTty: Boolean(process.stdout.isTTY),
  };
}

/** What closedPipeSafe needs of a stream (process.stdout is one). */
export interface OutputStream {
  write(text: string | Uint8Array): unknown;
  on(event: "error", listener: (error: NodeJS.ErrnoException) => void): unknown;
  readonly destroyed: boolean;
}

/**
 * A writer that stops once the reader has gone (`banmian parse … | head`): the closed pipe ends the
 * output quietly instead of crashing the process with an EPIPE stack trace; the exit code is the
 * command's own. Any other stream error is thrown as before.
 */
export function closedPipeSafe(stream: OutputStream): (text: string | Uint8Array) => void {
  let closed = false;
  stream.on("error", (error) => {
    if (error.code === "EPIPE" || (closed && error.code === "ERR_STREAM_DESTROYED")) closed = true;
    else throw error;
  });
  return (text) => {
    if (!closed && !stream.destroyed) stream.write(text);
  };
}

/** An Io that records what a command printed, for tests: text in `out`, bytes written as bytes in `bytes`. */
export function memoryIo(
  cwd: string = process.cwd(),
): Io & { out: string; err: string; bytes: Uint8Array[] } {
  const io = {
    out: "",
    err: "",
    bytes: [] as Uint8Array[],
    cwd,
    env: {},
    isTty: false,
    stdout(text: string | Uint8Array) {
      if (typeof text === "string") io.out += text;
      else io.bytes.push(text);
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}

/** Bad usage of a command: one line naming the command and the problem, a pointer to --help, exit 2. */
export function usageError(io: Io, command: string, message: string): number {
  io.stderr(`banmian ${command}: ${message}\nbanmian ${command} --help for usage\n`);
  return 2;
}

/** What a command's flags are: parseArgs' options (`help`/`-h` among them) and whether it takes operands. */
export type ArgsConfig = Omit<ParseArgsConfig, "args">;

/**
 * argv read with `config`, or the exit code when the command has nothing more to do: 0 after printing
 * `help` for --help, 2 after a usage error (an unknown flag, a missing value).
 */
export function readArgs<const C extends ArgsConfig>(
  io: Io,
  command: string,
  help: string,
  argv: string[],
  config: C,
): ReturnType<typeof parseArgs<C & { args: string[] }>> | number {
  let args: ReturnType<typeof parseArgs<C & { args: string[] }>>;
  try {
    args = parseArgs({ ...config, args: argv });
  } catch (error) {
    return usageError(io, command, (error as Error).message);
  }
  if ((args.values as { help?: unknown }).help === true) {
    io.stdout(help);
    return 0;
  }
  return args;
}
