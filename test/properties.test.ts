// Properties of the parser over generated and rendered pages: it never throws, always returns a page the
// contract (schema/page.schema.json) accepts, accounts for every input character, and is deterministic.
// Generated text comes from test/support/page-text.ts; corpus renderings are made at run time, never stored.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conservation } from "../src/check/conservation.js";
import { corpusPath, LAYOUTS, loadCorpus, renderCorpus } from "../src/corpus/index.js";
import type { Page } from "../src/model/index.js";
import { parseText } from "../src/pipeline.js";
import { KNOWN_BUGS, unexplainedLoss } from "./support/known-bugs.js";
import { anyText, fileName, pageText, snippetSoup } from "./support/page-text.js";

const SCHEMA_FILE = join(import.meta.dirname, "..", "schema", "page.schema.json");
const SHARED_SCHEMA = join(import.meta.dirname, "..", "..", "shared", "schema", "page.schema.json");
const validatePage = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(SCHEMA_FILE, "utf8")));

/** Schema errors of a page as readable lines; empty when the page is valid. */
function schemaErrors(page: Page): string[] {
  // Through JSON, as `banmian parse` prints it.
  if (validatePage(JSON.parse(JSON.stringify(page)))) return [];
  return (validatePage.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`);
}

/** The three properties for one input: valid page, nothing lost (beyond known bugs), same output twice. */
function checkParse(text: string, file: string): void {
  const page = parseText(text, { file });
  expect(schemaErrors(page)).toEqual([]);
  expect(unexplainedLoss(text, page)).toEqual([]);
  expect(parseText(text, { file })).toEqual(page);
}

// Enough to find the known bugs within a few dozen runs each; the three together take about a second.
const RUNS = 150;

describe("the schema copy", () => {
  it.skipIf(!existsSync(SHARED_SCHEMA))(
    "equals ../shared/schema/page.schema.json (skipped when ../shared is absent)",
    () => {
      // As JSON values: the copy is formatted like the rest of the repository.
      const read = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));
      expect(read(SCHEMA_FILE)).toEqual(read(SHARED_SCHEMA));
    },
  );
});

describe("parse over generated text", () => {
  it("arbitrary strings: never throws, valid page, nothing lost, deterministic", () => {
    fc.assert(fc.property(anyText, fileName, checkParse), { numRuns: RUNS });
  });

  it("snippet soup: the same, over breaks, spaces, brackets, jump lines and datelines in any order", () => {
    fc.assert(fc.property(snippetSoup, fileName, checkParse), { numRuns: RUNS });
  });

  it("page-shaped text: the same, in blocks, indented and wrapped shapes", () => {
    fc.assert(fc.property(pageText, fileName, checkParse), { numRuns: RUNS });
  });
});

// Empty when every known bug is fixed (a describe without tests is an error).
describe.runIf(KNOWN_BUGS.length > 0)(
  "known parser bugs (fix the bug, then delete its entry in test/support/known-bugs.ts)",
  () => {
    for (const bug of KNOWN_BUGS) {
      it.fails(`${bug.id}: loses characters on its minimal example. ${bug.reason}`, () => {
        const page = parseText(bug.example, { file: "page.txt" });
        expect(conservation(bug.example, page).chars).toEqual([]);
      });
      it(`${bug.id}: what it is excused for covers its example`, () => {
        checkParse(bug.example, "page.txt");
      });
    }
  },
);

describe("parse over the sample page", () => {
  it("valid page, nothing lost, deterministic", () => {
    const file = "lcrb-2025-04-24-p01.txt";
    const text = readFileSync(join(import.meta.dirname, "fixtures", "lcrb-2025-04-24-p01", file), "utf8");
    const page = parseText(text, { file });
    expect(schemaErrors(page)).toEqual([]);
    expect(conservation(text, page).chars).toEqual([]);
    expect(parseText(text, { file })).toEqual(page);
  });
});

const CORPUS = corpusPath();

describe.skipIf(CORPUS === null)(
  "parse over every corpus rendering (skipped when the dev corpus is absent: set BANMIAN_CORPUS or add ../shared/corpus)",
  () => {
    const pages = CORPUS === null ? [] : loadCorpus(CORPUS);
    for (const layout of LAYOUTS) {
      for (const seed of [1, 2]) {
        it(`${layout}, seed ${seed}: valid pages, nothing lost, deterministic`, () => {
          const failures: string[] = [];
          for (const { file, text } of renderCorpus(pages, layout, seed)) {
            const page = parseText(text, { file });
            const errors = schemaErrors(page);
            const lost = unexplainedLoss(text, page);
            if (errors.length > 0) failures.push(`${file}: schema: ${errors.join("; ")}`);
            if (lost.length > 0) failures.push(`${file}: lost ${JSON.stringify(lost.slice(0, 10))}`);
            if (JSON.stringify(parseText(text, { file })) !== JSON.stringify(page))
              failures.push(`${file}: a second parse differs`);
          }
          expect(failures).toEqual([]);
        });
      }
    }
  },
);
