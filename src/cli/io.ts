// What a command needs from the outside world, so commands run in tests without a process.

export interface Io {
  stdout(text: string): void;
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
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTty: Boolean(process.stdout.isTTY),
  };
}

/** An Io that records what a command printed, for tests. */
export function memoryIo(cwd: string = process.cwd()): Io & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    cwd,
    env: {},
    isTty: false,
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}
