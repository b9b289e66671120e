// The start area's non-React pieces: which draft a start or record form opens with, how the list marks
// drafts, the device-first sync of a draft to the server, and which forms are logged as records
// directly (登记记录) and the write that logs one.
export { pickDraft, draftMarks, type LocalDraft, type RemoteDraft, type DraftChoice, type DraftMark } from './draft-merge.js';
export { draftKey, targetOfDraft } from './draft-key.js';
export { createDraftSync, type DraftSync, type DraftSyncIo, type DraftSyncEvents, type DraftSyncState, type DraftValueReason } from './draft-sync.js';
export { loggableForms, newRecordPath, canCreateRecords, recordRequest } from './record-forms.js';
