// Metadata from where a page file sits: the tree layout and the file-name convention.
import { describe, expect, it } from "vitest";
import { metaFromPath } from "./path-meta.js";

describe("metaFromPath", () => {
  it("reads <paper>/<YYYY-MM-DD>/p<NN>.txt", () => {
    expect(metaFromPath("/data/examples/lcrb/2025-04-24/p01.txt")).toEqual({
      paper: "lcrb",
      date: "2025-04-24",
      page: 1,
    });
    expect(metaFromPath("papers\\LCRB\\2025-04-24\\P7.TXT")).toEqual({
      paper: "lcrb",
      date: "2025-04-24",
      page: 7,
    });
  });

  it("reads PDF pages the same way, and a date folder without a paper folder", () => {
    expect(metaFromPath("/data/lcrb/2025-04-24/p03.pdf")).toEqual({
      paper: "lcrb",
      date: "2025-04-24",
      page: 3,
    });
    expect(metaFromPath("/tmp/lcrb-2025-04-24-p12.pdf")).toEqual({
      paper: "lcrb",
      date: "2025-04-24",
      page: 12,
    });
    expect(metaFromPath("/home/my-downloads/2025-04-24/p02.pdf")).toEqual({ date: "2025-04-24", page: 2 });
    expect(metaFromPath("2025-04-24/p01.pdf")).toEqual({ date: "2025-04-24", page: 1 });
  });

  it("reads <paper>-<YYYY-MM-DD>-p<NN>.txt anywhere", () => {
    expect(metaFromPath("/tmp/x/rmrb-2019-02-01-p03.txt")).toEqual({
      paper: "rmrb",
      date: "2019-02-01",
      page: 3,
    });
  });

  it("says nothing when the path says nothing, or says it wrongly", () => {
    expect(metaFromPath("/tmp/page.txt")).toEqual({});
    expect(metaFromPath("/tmp/lcrb/2025-02-30/p01.txt")).toEqual({});
    expect(metaFromPath("/tmp/lcrb/2025-04-24/page1.txt")).toEqual({});
  });
});
