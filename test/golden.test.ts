// Golden test: the bundled sample page parses to exactly its hand-made gold, field by field.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Page } from "../src/model/index.js";
import { parseText } from "../src/pipeline.js";
import { subsetDiff } from "./support/subset.js";

const dir = join(import.meta.dirname, "fixtures", "lcrb-2025-04-24-p01");
const file = "lcrb-2025-04-24-p01.txt";

describe("sample page 聊城日报 2025-04-24 p1", () => {
  const text = readFileSync(join(dir, file), "utf8");
  const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as Page;
  const page = parseText(text, { file, meta: { paper: "聊城日报", date: "2025-04-24", page: 1 } });

  test("every field of every item matches the gold", () => {
    const { removed: goldRemoved, ...goldRest } = gold;
    const { removed, ...rest } = page;
    expect(subsetDiff(goldRest, rest)).toEqual([]);
    // The gold lists the duplicate; jump lines folded into continuesOn are reported as well (reason jump).
    expect(removed.filter((r) => r.reason !== "jump")).toEqual(goldRemoved);
    expect(removed.filter((r) => r.reason === "jump").map((r) => r.text)).toEqual([
      "（下转第7版）",
      "（下转第8版）",
    ]);
  });

  test("no character is lost", () => {
    expect(page.messages.filter((m) => m.level === "error")).toEqual([]);
  });
});
