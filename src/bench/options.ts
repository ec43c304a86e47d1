// Command-line options the benchmarks share the reading of.

/** A whole-number option's value (`--name N`), or an error naming the option and the least value it takes. */
export function wholeNumber(name: string, value: string, min = 1): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}`);
  return n;
}
