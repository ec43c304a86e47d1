// Known papers as data: short pinyin-initial id (as in file names like rmrb-2019-02-26-p03.txt)
// and the name printed on the masthead. Unknown papers still work; they just have no printed name.

export interface Paper {
  /** Lower-case pinyin initials, the archive's prefix: lcrb. */
  id: string;
  /** As printed on the masthead: 聊城日报. */
  name: string;
  /** Names printed in earlier years, recognised in headers too. */
  formerNames?: readonly string[];
}

export const PAPERS: readonly Paper[] = [
  { id: "rmrb", name: "人民日报" },
  { id: "rmrbhwb", name: "人民日报海外版" },
  { id: "gmrb", name: "光明日报" },
  { id: "jjrb", name: "经济日报" },
  { id: "jfjb", name: "解放军报" },
  { id: "zgqnb", name: "中国青年报" },
  { id: "grrb", name: "工人日报" },
  { id: "nmrb", name: "农民日报" },
  { id: "kjrb", name: "科技日报" },
  // Renamed on 2020-08-01; older pages carry the old name.
  { id: "fzrb", name: "法治日报", formerNames: ["法制日报"] },
  { id: "hqsb", name: "环球时报" },
  { id: "bjrb", name: "北京日报" },
  { id: "jfrb", name: "解放日报" },
  { id: "whb", name: "文汇报" },
  { id: "xmwb", name: "新民晚报" },
  { id: "nfrb", name: "南方日报" },
  { id: "xhrb", name: "新华日报" },
  { id: "zjrb", name: "浙江日报" },
  { id: "dzrb", name: "大众日报" },
  { id: "qlwb", name: "齐鲁晚报" },
  { id: "lcrb", name: "聊城日报" },
];

const byId = new Map(PAPERS.map((p) => [p.id, p]));
const byName = new Map(PAPERS.flatMap((p) => [p.name, ...(p.formerNames ?? [])].map((n) => [n, p] as const)));

/** By id, case-insensitively: LCRB and lcrb are the same paper. */
export function paperById(id: string): Paper | null {
  return byId.get(id.trim().toLowerCase()) ?? null;
}

/** By printed name, current or former; spaces inside are ignored (mastheads space out 人 民 日 报). */
export function paperByName(name: string): Paper | null {
  return byName.get(name.replace(/[\s\u3000]+/g, "")) ?? null;
}
