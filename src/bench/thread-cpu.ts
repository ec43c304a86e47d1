// CPU seconds of this process's main thread, from Linux's /proc (null elsewhere): on a shared machine the wall
// clock measures the other jobs too, while the writer thread's CPU time says what it would do with a core of
// its own. process.cpuUsage() counts every thread (workers, SQLite, GC) together.
import { readFileSync } from "node:fs";
import { pid } from "node:process";

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux that Node supports

export function mainThreadCpuSeconds(): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces, inside parentheses): utime is the 14th, stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
