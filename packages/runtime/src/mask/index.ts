// Public surface of masking; re-exported by the package index.
export { maskValue } from './mask-value.js';
export { maskRecord } from './mask-record.js';
