// Score floors and ceilings (`--min articles.f1=0.9`, `--max jumps.false=0`) checked against a report.
import type { Result } from "./load.js";
import { emptyScores, metrics } from "./scores.js";
import type { PageScores } from "./types.js";

export interface Gate {
  metric: string;
  bound: "min" | "max";
  value: number;
}

/** Every metric name a gate may use, in table order. */
export const METRIC_NAMES: readonly string[] = metrics(emptyScores()).map((m) => m.name);

/** Reads `METRIC=VALUE`. */
export function parseGate(spec: string, bound: Gate["bound"]): Result<Gate> {
  const [metric = "", raw = ""] = spec.split("=", 2);
  if (!METRIC_NAMES.includes(metric)) {
    return {
      ok: false,
      error: `unknown metric "${metric}" in --${bound} ${spec}; one of: ${METRIC_NAMES.join(", ")}`,
    };
  }
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value)) {
    return { ok: false, error: `--${bound} ${spec}: "${raw}" is not a number` };
  }
  return { ok: true, value: { metric, bound, value } };
}

/** One line per gate that fails. A metric with nothing to score (n/a) passes: there is no evidence either way. */
export function failedGates(totals: PageScores, gates: Gate[]): string[] {
  const scores = new Map(metrics(totals).map((m) => [m.name, m.score]));
  const failures: string[] = [];
  for (const gate of gates) {
    const score = scores.get(gate.metric);
    if (score === null || score === undefined) continue;
    if (gate.bound === "min" && score < gate.value) {
      failures.push(`${gate.metric} = ${round(score)} is below the floor ${gate.value}`);
    }
    if (gate.bound === "max" && score > gate.value) {
      failures.push(`${gate.metric} = ${round(score)} is above the ceiling ${gate.value}`);
    }
  }
  return failures;
}

const round = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(4));
