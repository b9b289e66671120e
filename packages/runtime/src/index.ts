// Public API of @siteflow/runtime. Curated: add each new export here by name.
export type { Message, ErrorKind, CatalogueEntry } from './i18n/types.js';
export { catalogue, formatMessage, type ErrorCode } from './i18n/catalogue.js';
export { SiteflowError, isSiteflowError, issue, type Issue } from './errors/siteflow-error.js';
export { MINUTE_MS, HOUR_MS, DAY_MS, type EpochMs, type Clock, type IdSource } from './common/time.js';
