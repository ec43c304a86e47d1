// The settings registry: resolved and checked at the edge, and README-serve.md documents every setting.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, resolveSettings, SETTINGS, settingsHelp } from "./settings.js";

describe("settings", () => {
  it("are all documented in README-serve.md and in serve --help", () => {
    const readme = readFileSync(join(import.meta.dirname, "..", "..", "README-serve.md"), "utf8");
    for (const s of SETTINGS) {
      expect(readme, s.name).toMatch(
        new RegExp(`\\|\\s*\`${s.name}\`\\s*\\|\\s*\`?${String(s.default) || '""'}`, "u"),
      );
      expect(settingsHelp()).toContain(s.name);
    }
  });

  it("resolve overrides, frozen, and refuse what they cannot use", () => {
    const s = resolveSettings({ port: "9000", base_url: "https://news.example.org/" });
    expect(typeof s === "object" && s.port).toBe(9000);
    expect(typeof s === "object" && s.base_url).toBe("https://news.example.org");
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(resolveSettings({ nope: "1" })).toContain("unknown setting 'nope'");
    expect(resolveSettings({ page_size: "0" })).toContain("whole number ≥ 1");
    expect(resolveSettings({ port: "70000" })).toContain("≤ 65535");
    expect(resolveSettings({ base_url: "javascript:alert(1)" })).toContain("http(s) URL");
    expect(resolveSettings({ cache_max_age: "0" })).toMatchObject({ cache_max_age: 0 });
    expect(resolveSettings({ exact_counts: "1" })).toMatchObject({ exact_counts: 1 });
    expect(resolveSettings({ exact_counts: "2" })).toContain("exact_counts must be 0 or 1");
  });
});
