// Migration 4: a covering index for listing a page's articles (id, kind, title in position order), which
// every issue and article page of the reader does for each page of the issue. Without it each article is a
// row lookup in a large table: at a million articles a cold article page took 2.3 ms, with it 1.1 ms
// (bench:serve's archive, in-process). It costs ~60 bytes an article.
export const sql = `
CREATE INDEX articles_listing ON articles(page_id, position, id, kind, title);
`;
