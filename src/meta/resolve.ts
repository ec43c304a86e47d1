// One page's metadata from its three sources, in order of precedence: flags (the user said so),
// the file name (the archive's convention), the header line (printed, but OCR and layout err).
// Disagreements are reported, never settled silently.
import type { Message } from "../model/index.js";
import { parseIsoDate, weekdayOf } from "./date.js";
import { parseFileName } from "./file-name.js";
import type { PageHeader } from "./header.js";
import { paperById, paperByName } from "./papers.js";
import type { Meta, PartialMeta } from "./types.js";

/** Metadata given by flags or options; null or missing means not given. Same shape as pipeline's PageMeta. */
export interface MetaFlags {
  /** A registry id (lcrb) or a printed name (聊城日报). */
  paper?: string | null;
  date?: string | null;
  page?: number | null;
  pageName?: string | null;
}

export interface MetaSources {
  flags?: MetaFlags;
  fileName?: string | null;
  header?: PageHeader | null;
}

export type MetaSource = "flags" | "file name" | "header";

export interface ResolvedMeta {
  meta: Meta;
  /** Which source each field came from, null when none knew it. */
  from: { [K in keyof Meta]: MetaSource | null };
  messages: Message[];
}

/** The fields compared for conflicts; paperId and paper are compared together, as one paper. */
const FIELDS = ["paper", "date", "page", "pageName"] as const;

export function resolveMeta({ flags = {}, fileName = null, header = null }: MetaSources): ResolvedMeta {
  const given = fromFlags(flags);
  const named = fileName === null ? { meta: {}, messages: [] } : parseFileName(fileName);
  const messages: Message[] = [...given.messages, ...named.messages, ...headerChecks(header)];
  const sources: [MetaSource, PartialMeta][] = [
    ["flags", given.meta],
    ["file name", named.meta],
    ["header", fromHeader(header)],
  ];

  const meta: Meta = { paperId: null, paper: null, date: null, page: null, pageName: null };
  const from: ResolvedMeta["from"] = { paperId: null, paper: null, date: null, page: null, pageName: null };
  for (const field of FIELDS) {
    const keys = field === "paper" ? (["paperId", "paper"] as const) : ([field] as const);
    let winner: [MetaSource, PartialMeta] | null = null;
    for (const [source, partial] of sources) {
      if (keys.every((k) => partial[k] == null)) continue;
      if (winner === null) {
        winner = [source, partial];
      } else if (!agree(field, winner[1], partial)) {
        messages.push(conflict(field, winner, [source, partial], header));
        continue;
      }
      // A lower source that agrees may fill a gap: an id from the file name, a name from the header.
      for (const k of keys) fill(meta, from, k, partial, source);
    }
  }
  return { meta, from, messages };
}

function fill<K extends keyof Meta>(
  meta: Meta,
  from: ResolvedMeta["from"],
  key: K,
  partial: PartialMeta,
  source: MetaSource,
): void {
  const value = partial[key];
  if (meta[key] !== null || value == null) return;
  meta[key] = value as Meta[K];
  from[key] = source;
}

function agree(field: (typeof FIELDS)[number], a: PartialMeta, b: PartialMeta): boolean {
  if (field !== "paper") return a[field] === b[field];
  const differ = (x: string | null | undefined, y: string | null | undefined): boolean =>
    x != null && y != null && x !== y;
  return !differ(a.paperId, b.paperId) && !differ(a.paper, b.paper);
}

function shown(field: (typeof FIELDS)[number], m: PartialMeta): string {
  if (field !== "paper") return String(m[field]);
  return m.paper && m.paperId ? `${m.paper} (${m.paperId})` : String(m.paper ?? m.paperId);
}

const LABELS: Record<MetaSource, string> = {
  flags: "flags",
  "file name": "the file name",
  header: "the header line",
};

function conflict(
  field: (typeof FIELDS)[number],
  [winner, w]: [MetaSource, PartialMeta],
  [loser, l]: [MetaSource, PartialMeta],
  header: PageHeader | null,
): Message {
  const message: Message = {
    // Flags overrule on purpose; a file name and a header that disagree point at a mislabelled file.
    level: winner === "flags" ? "info" : "warning",
    rule: "meta/conflict",
    message: `${field}: ${shown(field, l)} in ${LABELS[loser]}, ${shown(field, w)} in ${LABELS[winner]}; using ${shown(field, w)}`,
  };
  if (loser === "header" && header) message.line = header.lineIndex + 1;
  return message;
}

/** Flags normalised: a paper given by id or by name gets both; a bad date or page is reported and dropped. */
function fromFlags(flags: MetaFlags): { meta: PartialMeta; messages: Message[] } {
  const meta: PartialMeta = {};
  const messages: Message[] = [];
  const paper = flags.paper?.trim();
  if (paper) {
    const known = paperById(paper) ?? paperByName(paper);
    if (known) {
      meta.paperId = known.id;
      meta.paper = known.name;
    } else if (/^[a-z][a-z0-9]*$/i.test(paper)) meta.paperId = paper.toLowerCase();
    else meta.paper = paper;
  }
  if (flags.date != null) {
    const date = parseIsoDate(flags.date);
    if (date) meta.date = date;
    else messages.push(badFlag(`date ${flags.date} is not a calendar date in YYYY-MM-DD`));
  }
  if (flags.page != null) {
    if (Number.isInteger(flags.page) && flags.page >= 1) meta.page = flags.page;
    else messages.push(badFlag(`page ${flags.page} is not a page number (1, 2, …)`));
  }
  const pageName = flags.pageName?.trim();
  if (pageName) meta.pageName = pageName;
  return { meta, messages };
}

const badFlag = (message: string): Message => ({ level: "error", rule: "meta/invalid-flag", message });

function fromHeader(header: PageHeader | null): PartialMeta {
  if (!header) return {};
  const meta: PartialMeta = {};
  if (header.paper) {
    const known = paperByName(header.paper);
    meta.paper = header.paper;
    if (known) meta.paperId = known.id;
  }
  if (header.date) meta.date = header.date;
  if (header.page !== null) meta.page = header.page;
  if (header.pageName) meta.pageName = header.pageName;
  return meta;
}

const WEEKDAYS = ["日天", "一", "二", "三", "四", "五", "六"];

/** What the header line says against itself: a date that does not exist, a weekday that does not fit. */
function headerChecks(header: PageHeader | null): Message[] {
  if (!header) return [];
  const line = header.lineIndex + 1;
  if (header.date === null) {
    return [
      {
        level: "warning",
        rule: "meta/invalid-date",
        message: `header date ${header.dateText} is not a calendar date`,
        line,
      },
    ];
  }
  const printed = header.weekday?.slice(-1);
  const actual = WEEKDAYS[weekdayOf(header.date)] as string;
  if (printed && !actual.includes(printed)) {
    return [
      {
        level: "warning",
        rule: "meta/weekday-mismatch",
        message: `header says ${header.dateText} ${header.weekday}, but ${header.date} is a 星期${actual.slice(0, 1)}`,
        line,
      },
    ];
  }
  return [];
}
