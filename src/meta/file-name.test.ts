import { describe, expect, it } from "vitest";
import { metaFromFileName, parseFileName } from "./file-name.js";

describe("metaFromFileName", () => {
  it("reads the corpus convention", () => {
    expect(metaFromFileName("lcrb-2025-04-24-p01.txt")).toEqual({
      paperId: "lcrb",
      paper: "聊城日报",
      date: "2025-04-24",
      page: 1,
    });
  });

  it("uses the base name of a path, Windows or POSIX", () => {
    expect(metaFromFileName("/data/2019/rmrb-2019-02-26-p03.txt")).toMatchObject({
      paperId: "rmrb",
      page: 3,
    });
    expect(metaFromFileName("C:\\pages\\gmrb-2019-02-26-p03.pdf")).toMatchObject({
      paperId: "gmrb",
      page: 3,
    });
  });

  it.each([
    ["lcrb-2025-04-24-p1.txt", 1],
    ["lcrb-2025-04-24-p01.txt", 1],
    ["lcrb-2025-04-24-p001.txt", 1],
    ["lcrb-2025-04-24-p12.pdf", 12],
    ["lcrb-2025-04-24-P07.html", 7],
    ["lcrb-2025-04-24-p3.htm", 3],
    ["lcrb_20250424_p3", 3],
  ])("is lenient about page digits, case, extension and separators: %s", (name, page) => {
    expect(metaFromFileName(name)).toEqual({ paperId: "lcrb", paper: "聊城日报", date: "2025-04-24", page });
  });

  it("takes what is there when parts are missing", () => {
    expect(metaFromFileName("lcrb-2025-04-24.txt")).toEqual({
      paperId: "lcrb",
      paper: "聊城日报",
      date: "2025-04-24",
    });
    expect(metaFromFileName("2025-04-24-p02.txt")).toEqual({ date: "2025-04-24", page: 2 });
    expect(metaFromFileName("rmrb-2019-2-6-p3.txt")).toMatchObject({ date: "2019-02-06" });
  });

  it("keeps an unknown paper id, with no printed name", () => {
    expect(parseFileName("xyzb-2025-04-24-p01.txt")).toEqual({
      meta: { paperId: "xyzb", paper: null, date: "2025-04-24", page: 1 },
      messages: [
        {
          level: "info",
          rule: "meta/unknown-paper",
          message:
            "file name xyzb-2025-04-24-p01.txt: paper id xyzb is not in the registry (src/meta/papers.ts)",
        },
      ],
    });
  });

  it.each(["2025-02-30", "2019-13-01", "2019-00-10", "2023-04-31"])(
    "drops the impossible date %s and says so",
    (d) => {
      const { meta, messages } = parseFileName(`rmrb-${d}-p03.txt`);
      expect(meta).toEqual({ paperId: "rmrb", paper: "人民日报", page: 3 });
      expect(messages).toEqual([
        {
          level: "warning",
          rule: "meta/invalid-date",
          message: `file name rmrb-${d}-p03.txt: ${d} is not a calendar date`,
        },
      ]);
    },
  );

  it("drops page 0", () => {
    const { meta, messages } = parseFileName("lcrb-2025-04-24-p00.txt");
    expect(meta.page).toBeUndefined();
    expect(messages[0]).toMatchObject({ level: "warning", rule: "meta/invalid-page" });
  });

  it.each([
    "",
    "notes.txt",
    "聊城日报2025年4月24日.txt",
    "lcrb-2025-04-24-p01.docx",
    "lcrb-2025-04-24-p1234.txt",
    "lcrb-25-04-24-p01.txt",
    "lcrb-2025-04-24-p01.txt.bak",
    "lcrb-2025-04-24-page1.txt",
    "lcrb--2025-04-24-p01.txt",
    "-2025-04-24-p01.txt",
    "lcrb-2025-04-24-p01 (1).txt",
    "../../etc/passwd",
    "lcrb-2025-04-24-p01/",
  ])("yields nothing for a name off the convention: %j", (name) => {
    expect(parseFileName(name)).toEqual({ meta: {}, messages: [] });
  });
});
