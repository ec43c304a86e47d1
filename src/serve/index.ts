// serve: the web reader and JSON API over the archive (Hono), its settings, feeds and OpenAPI document.

export { type AppOptions, createApp, ROUTES } from "./app.js";
export { ArchiveReader, type ReaderSources } from "./archive.js";
export { type ErrorBody, HttpError } from "./errors.js";
export { type Listening, listen } from "./listen.js";
export { openApiDocument } from "./openapi.js";
export type { App, AppRoute, Endpoint } from "./routes/define.js";
export {
  DEFAULT_SETTINGS,
  resolveSettings,
  SETTINGS,
  type SettingSpec,
  type Settings,
  settingsHelp,
} from "./settings.js";
export { jsonTwin } from "./urls.js";
