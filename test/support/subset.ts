// Compare an expected JSON value with an actual one: every key of the expected must match exactly;
// keys the actual adds are allowed (the page contract may gain fields, never lose or rename them).

export function subsetDiff(expected: unknown, actual: unknown, path = "$"): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${JSON.stringify(actual)}`];
    const diffs: string[] = [];
    if (expected.length !== actual.length)
      diffs.push(`${path}: expected ${expected.length} items, got ${actual.length}`);
    const n = Math.min(expected.length, actual.length);
    for (let i = 0; i < n; i++) diffs.push(...subsetDiff(expected[i], actual[i], `${path}[${i}]`));
    return diffs;
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual))
      return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
    const diffs: string[] = [];
    for (const [key, value] of Object.entries(expected)) {
      diffs.push(...subsetDiff(value, (actual as Record<string, unknown>)[key], `${path}.${key}`));
    }
    return diffs;
  }
  return Object.is(expected, actual)
    ? []
    : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}
