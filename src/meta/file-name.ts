// Page metadata from a file name that follows <paper-id>-<YYYY-MM-DD>-p<NN>.txt (the corpus
// convention); other names yield nothing, and a name that almost follows it says what is wrong.
import type { Message } from "../model/index.js";
import { isoDate } from "./date.js";
import { paperById } from "./papers.js";
import { FILE_NAME } from "./patterns.js";
import type { PartialMeta } from "./types.js";

export interface FileNameMeta {
  meta: PartialMeta;
  messages: Message[];
}

/** Metadata and the reasons any part of the name was not used. Pure: only the name is read. */
export function parseFileName(path: string): FileNameMeta {
  const name = path.split(/[\\/]/).pop() ?? "";
  const groups = FILE_NAME.exec(name)?.groups;
  if (!groups) return { meta: {}, messages: [] };
  const meta: PartialMeta = {};
  const messages: Message[] = [];
  const warn = (rule: string, message: string): void => {
    messages.push({ level: "warning", rule, message: `file name ${name}: ${message}` });
  };

  if (groups.paper) {
    meta.paperId = groups.paper.toLowerCase();
    meta.paper = paperById(meta.paperId)?.name ?? null;
    if (meta.paper === null) {
      messages.push({
        level: "info",
        rule: "meta/unknown-paper",
        message: `file name ${name}: paper id ${meta.paperId} is not in the registry (src/meta/papers.ts)`,
      });
    }
  }

  const date = isoDate({
    year: Number(groups.y ?? groups.y8),
    month: Number(groups.m ?? groups.m8),
    day: Number(groups.d ?? groups.d8),
  });
  if (date) meta.date = date;
  else warn("meta/invalid-date", `${groups.date} is not a calendar date`);

  if (groups.page !== undefined) {
    const page = Number(groups.page);
    if (page >= 1) meta.page = page;
    else warn("meta/invalid-page", `page ${groups.page} is not a page number (pages start at 1)`);
  }
  return { meta, messages };
}

/** Just the metadata, for callers that do not report. */
export function metaFromFileName(path: string): PartialMeta {
  return parseFileName(path).meta;
}
