// Migration 3: page images. A PDF page's picture per page version (the facsimile the reader shows with
// its article zones), with the page box in PDF points that the zones (in the articles' JSON) are measured
// in. Goes with its version: deleting a page deletes its versions and their images.
export const sql = `
CREATE TABLE page_images (
  page_id      TEXT NOT NULL,
  version      INTEGER NOT NULL,
  format       TEXT NOT NULL CHECK (format IN ('webp', 'png')),
  width        INTEGER NOT NULL CHECK (width >= 1),
  height       INTEGER NOT NULL CHECK (height >= 1),
  page_width   REAL NOT NULL CHECK (page_width > 0),
  page_height  REAL NOT NULL CHECK (page_height > 0),
  source_page  INTEGER NOT NULL CHECK (source_page >= 1),
  sha256       TEXT NOT NULL,
  size         INTEGER NOT NULL,
  bytes        BLOB NOT NULL,
  PRIMARY KEY (page_id, version),
  FOREIGN KEY (page_id, version) REFERENCES page_versions(page_id, version) ON DELETE CASCADE
) STRICT;
`;
