// Manifests as users write them: JSON arrays or {"pages"}, CSV with a header, quoted cells, bad rows.
import { describe, expect, it } from "vitest";
import { csvRecords, parseManifest } from "./manifest.js";

describe("parseManifest", () => {
  it("reads a JSON array and a {pages} object, any spelling of page name", () => {
    const rows = [
      { file: "a.txt", paper: "lcrb", date: "2025-04-24", page: 1, "page name": "要闻" },
      { file: "b.txt", paper: "聊城日报", date: "2025-04-24", page: "2", pageName: "综合", edition: "b" },
    ];
    const m = parseManifest(JSON.stringify(rows), "json");
    expect(m.errors).toEqual([]);
    expect(m.rows).toEqual([
      {
        where: "entry 1",
        file: "a.txt",
        meta: { paper: "lcrb", date: "2025-04-24", page: 1, pageName: "要闻" },
      },
      {
        where: "entry 2",
        file: "b.txt",
        meta: { paper: "聊城日报", date: "2025-04-24", page: 2, pageName: "综合", edition: "b" },
      },
    ]);
    expect(parseManifest(JSON.stringify({ pages: rows }), "json").rows).toHaveLength(2);
  });

  it("reads CSV with a header, quoted cells, CRLF and a BOM", () => {
    const csv =
      '\uFEFFfile,paper,date,page,page name\r\n"dir, with comma/p01.txt",lcrb,2025-04-24,1,"要闻 ""一"""\r\n\r\nb.txt,,,,\r\n';
    const m = parseManifest(csv, "csv");
    expect(m.errors).toEqual([]);
    expect(m.rows).toEqual([
      {
        where: "line 2",
        file: "dir, with comma/p01.txt",
        meta: { paper: "lcrb", date: "2025-04-24", page: 1, pageName: '要闻 "一"' },
      },
      { where: "line 4", file: "b.txt", meta: {} },
    ]);
  });

  it("names each bad row and what is wrong with it, and keeps the good ones", () => {
    const csv =
      "file,date,page,edition,colour\na.txt,2025-02-30,1,a,red\nb.txt,2025-04-24,0,a,\n,2025-04-24,1,a,\nc.txt,,,A-1,\nd.txt,2025-04-24,3,a,\n";
    const m = parseManifest(csv, "csv");
    expect(m.errors).toEqual([
      { where: "line 1", reason: "unknown column(s) colour ignored" },
      { where: "line 2", reason: "date 2025-02-30 is not a calendar date as YYYY-MM-DD" },
      { where: "line 3", reason: "page 0 is not a page number" },
      { where: "line 4", reason: "no file" },
      { where: "line 5", reason: "edition A-1 is not an edition code (a, b, am …)" },
    ]);
    expect(m.rows.map((r) => r.file)).toEqual(["d.txt"]);
  });

  it("says why a manifest cannot be read at all", () => {
    expect(parseManifest("{oops", "json").errors[0]?.reason).toMatch(/^not JSON/u);
    expect(parseManifest('{"files": []}', "json").errors[0]?.reason).toMatch(/expected an array/u);
    expect(parseManifest("", "csv").errors[0]?.reason).toMatch(/empty/u);
    expect(parseManifest("paper,date\nlcrb,2025-04-24\n", "csv").errors[0]?.reason).toMatch(
      /no file column/u,
    );
  });
});

describe("csvRecords", () => {
  it("keeps newlines inside quotes and numbers records by their first line", () => {
    expect(csvRecords('a,"x\ny"\nb,c')).toEqual([
      { line: 1, cells: ["a", "x\ny"] },
      { line: 3, cells: ["b", "c"] },
    ]);
  });
});
