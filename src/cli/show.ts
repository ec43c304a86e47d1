// `banmian show ID`: one article from the archive, stitched across its jumps, as text or JSON (the page
// schema's article plus its parts, links and notes). Exit status: 0 shown, 1 no such article, 2 bad usage.
import { issueId, loadStory, parseArticleId, type Story } from "../store/index.js";
import { DB_HELP, dbPath, openArchive } from "./archive-db.js";
import { type Command, readArgs, usageError } from "./io.js";
import { formatStory } from "./show-text.js";

const HELP = `usage: banmian show ID [options]

Prints one article, e.g. lcrb-2025-04-24-a-p01-a04 (<paper>-<YYYY-MM-DD>-<edition>-p<NN>-a<NN>): a story
that jumps to other pages is followed and stitched, its parts listed with page and position.

options:
${DB_HELP}
  --format text|json         text (default), or JSON: the article as in the page schema, plus "parts",
                             "links" and "messages"
`;

export const showCommand: Command = async (argv, io) => {
  const args = readArgs(io, "show", HELP, argv, {
    allowPositionals: true,
    options: {
      db: { type: "string" },
      format: { type: "string", short: "f", default: "text" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (typeof args === "number") return args;
  const { values, positionals } = args;
  const format = values.format;
  if (format !== "text" && format !== "json")
    return usageError(io, "show", `--format must be text or json, not '${format}'`);
  const [id, ...extra] = positionals;
  if (id === undefined || extra.length > 0) return usageError(io, "show", "name one article id");
  const address = parseArticleId(id);
  if (address === null)
    return usageError(io, "show", `'${id}' is not an article id like lcrb-2025-04-24-a-p01-a04`);

  const path = dbPath(values.db, io);
  const opened = openArchive(path, "read");
  if (!opened.ok) {
    io.stderr(`banmian show: ${opened.error}\n`);
    return 2;
  }
  try {
    const story = await loadStory(opened.store, id.trim());
    if (story === null) {
      const issue = await opened.store.getIssue(issueId(address));
      const pages = issue?.pages.map((p) => p.page).join(", ");
      const hint = issue
        ? ` (issue ${issue.id} has page${issue.pages.length === 1 ? "" : "s"} ${pages})`
        : "";
      io.stderr(`banmian show: no article ${id} in ${path}${hint}\n`);
      return 1;
    }
    io.stdout(format === "json" ? `${JSON.stringify(storyJson(story), null, 2)}\n` : formatStory(story));
    return 0;
  } finally {
    await opened.store.close();
  }
};

/** The page schema's article, where it is in the archive, its parts, links and notes. */
export function storyJson(story: Story) {
  const { paper, date, edition, page, issue } = story.start;
  return {
    ...story.article,
    paper,
    date,
    edition,
    page,
    issue,
    parts: story.parts,
    links: story.links,
    messages: story.messages,
  };
}
