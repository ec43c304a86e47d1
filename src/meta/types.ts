// Page metadata as it moves from its sources (flags, file name, header line) to the resolver.

export interface Meta {
  /** Registry id (lcrb), also kept when the registry does not know it. */
  paperId: string | null;
  /** As printed on the masthead (聊城日报). */
  paper: string | null;
  /** ISO date, checked against the calendar. */
  date: string | null;
  page: number | null;
  /** 要闻, 综合, 国际 … */
  pageName: string | null;
}

/** What one source knows; a missing key means the source is silent on it. */
export type PartialMeta = Partial<Meta>;
