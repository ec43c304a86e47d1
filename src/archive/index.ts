// archive: from what the user names (files, folders, manifests) to pages in the archive, issue by issue.
export { type Discovery, discover } from "./discover.js";
export { type IngestOptions, type IngestSummary, ingestSources, type PageEvent } from "./ingest.js";
export { csvRecords, type Manifest, type ManifestRow, parseManifest } from "./manifest.js";
export { metaFromPath } from "./path-meta.js";
export { paperId } from "./prepare.js";
export type { Failure, PageSource, SourceMeta } from "./sources.js";
