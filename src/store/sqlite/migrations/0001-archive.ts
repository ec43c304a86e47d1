// Migration 1: the archive. Papers → issues → pages (current version) → page versions (raw inputs by
// sha256) → articles (page-schema JSON) → links and messages. Deleting a page's articles deletes
// their links and messages.
export const sql = `
CREATE TABLE papers (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  former_names  TEXT NOT NULL DEFAULT '[]'
) STRICT;

CREATE TABLE issues (
  id        TEXT PRIMARY KEY,
  paper_id  TEXT NOT NULL REFERENCES papers(id),
  date      TEXT NOT NULL,
  edition   TEXT NOT NULL,
  UNIQUE (paper_id, date, edition)
) STRICT;
CREATE INDEX issues_by_date ON issues(date);

CREATE TABLE raw_inputs (
  sha256  TEXT PRIMARY KEY,
  size    INTEGER NOT NULL,
  bytes   BLOB NOT NULL
) STRICT;

CREATE TABLE pages (
  id         TEXT PRIMARY KEY,
  issue_id   TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
  page       INTEGER NOT NULL CHECK (page >= 1),
  page_name  TEXT,
  version    INTEGER NOT NULL,
  removed    TEXT NOT NULL DEFAULT '[]',
  UNIQUE (issue_id, page)
) STRICT;

CREATE TABLE page_versions (
  page_id      TEXT NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
  version      INTEGER NOT NULL CHECK (version >= 1),
  sha256       TEXT NOT NULL REFERENCES raw_inputs(sha256),
  file         TEXT NOT NULL,
  ingested_at  TEXT NOT NULL,
  PRIMARY KEY (page_id, version)
) STRICT;
CREATE INDEX page_versions_by_sha ON page_versions(sha256);

CREATE TABLE articles (
  id              TEXT PRIMARY KEY,
  issue_id        TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
  page_id         TEXT NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
  position        INTEGER NOT NULL CHECK (position >= 1),
  kind            TEXT NOT NULL,
  title           TEXT,
  continues_on    INTEGER,
  continued_from  INTEGER,
  data            TEXT NOT NULL,
  UNIQUE (page_id, position)
) STRICT;
CREATE INDEX articles_by_issue ON articles(issue_id);

CREATE TABLE links (
  id            INTEGER PRIMARY KEY,
  issue_id      TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
  kind          TEXT NOT NULL CHECK (kind IN ('jump', 'toc')),
  from_article  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  to_article    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  confidence    REAL NOT NULL,
  evidence      TEXT NOT NULL
) STRICT;
CREATE INDEX links_by_issue ON links(issue_id);
CREATE INDEX links_by_from ON links(from_article);
CREATE INDEX links_by_to ON links(to_article);

CREATE TABLE messages (
  id          INTEGER PRIMARY KEY,
  issue_id    TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
  page_id     TEXT REFERENCES pages(id) ON DELETE CASCADE,
  article_id  TEXT REFERENCES articles(id) ON DELETE CASCADE,
  stage       TEXT NOT NULL CHECK (stage IN ('parse', 'link')),
  level       TEXT NOT NULL CHECK (level IN ('info', 'warning', 'error')),
  rule        TEXT,
  line        INTEGER,
  message     TEXT NOT NULL
) STRICT;
CREATE INDEX messages_by_issue ON messages(issue_id, stage);
CREATE INDEX messages_by_page ON messages(page_id);
CREATE INDEX messages_by_article ON messages(article_id);
`;
