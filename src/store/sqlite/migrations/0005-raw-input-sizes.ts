// Migration 5: a covering index for a page version's input size. Reading an issue joins each page's current
// version to raw_inputs for its size, and a raw_inputs row sits beside its bytes (~20 KB a page), so each
// lookup was a random read of its own file page: at a million articles (125,000 inputs) a cold issue read
// took 0.84–1.34 ms with the join against 0.46 ms without, with the file out of the OS cache
// (scratch/serve-perf/rawcost.mjs); through this index the join adds nothing. read.ts names it (INDEXED BY):
// without statistics SQLite prefers the primary key. The index costs ~90 bytes an input.
export const sql = `
CREATE INDEX raw_inputs_size ON raw_inputs(sha256, size);
`;
