// Regression fixtures: each test/fixtures/<slug>/ holds one page text file and expected.json, the full
// output of `banmian parse` for that file. A changed output fails here; review the difference, and when it
// is an improvement, `npm run golden:update` (UPDATE_GOLDEN=1) rewrites every expected.json for the commit.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPage } from "../src/cli/read-page.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
const EXPECTED = "expected.json";
const UPDATE = process.env.UPDATE_GOLDEN === "1";

/** The one page file of a fixture: a .txt that is not a gold or expected file. */
function inputOf(dir: string): string {
  const inputs = readdirSync(dir).filter(
    (name) => name.endsWith(".txt") && !/^(gold|expected)\b/u.test(name),
  );
  const [input, ...others] = inputs;
  if (input === undefined || others.length > 0)
    throw new Error(`${dir}: want exactly one page .txt file, found ${inputs.length} (${inputs.join(", ")})`);
  return input;
}

const slugs = readdirSync(FIXTURES)
  .filter((name) => statSync(join(FIXTURES, name)).isDirectory())
  .sort();

describe("fixtures: parse output equals expected.json", () => {
  it("has fixtures", () => {
    expect(slugs.length).toBeGreaterThan(0);
  });

  for (const slug of slugs) {
    const dir = join(FIXTURES, slug);
    it(UPDATE ? `${slug}: rewrites ${EXPECTED}` : slug, () => {
      const input = inputOf(dir);
      // As `banmian parse INPUT` run in the fixture folder: decoded from bytes, the file name as given.
      const read = readPage(input, dir);
      if (!read.ok) throw new Error(`${slug}: ${read.error}`);
      const actual = `${JSON.stringify(read.page, null, 2)}\n`;
      const expectedPath = join(dir, EXPECTED);
      if (UPDATE) {
        writeFileSync(expectedPath, actual);
        return;
      }
      if (!existsSync(expectedPath))
        throw new Error(
          `${slug}: no ${EXPECTED}; run \`npm run golden:update\` and review the file it writes`,
        );
      const expected: unknown = JSON.parse(readFileSync(expectedPath, "utf8"));
      expect(JSON.parse(actual), `${slug}: if the change is right, run \`npm run golden:update\``).toEqual(
        expected,
      );
    });
  }
});
