// Public API of the web app's HTTP layer: the fetch client, its error and query-options factories.
export { api, apiRequest, setCsrfToken, onSessionExpired, newIdempotencyKey, type RequestOptions } from './client.js';
export { ApiError, isApiError, flattenIssues, type ApiIssue, type ApiErrorBody } from './api-error.js';
export { keptOffline } from './offline-meta.js';
export { toPage, type Session, type SessionUser, type Membership, type Project, type Page } from './types.js';
export { sessionKeys, sessionQuery, projectsQuery, projectQuery, fetchSession, login, logout, toSession, signedOut } from './session.js';
export {
  definitionKeys, definitionListQuery, definitionDraftQuery, definitionVersionsQuery, definitionVersionQuery,
  createDefinition, saveDefinitionDraft, deleteDefinition, flowRunningQuery, type FlowRunning, migrateFlowCases, type FlowMigration, type KeptCase,
  publishDefinition, formSourceQuery,
  type DefinitionPlural, type DefinitionSummary, type DefinitionDraft, type PublishedVersion, type FormSource,
} from './definitions.js';
export { membersQuery, rolesQuery, type ProjectMember, type RoleInfo } from './directory.js';
export {
  sellerProfileKeys, sellerProfileQuery, saveSellerProfile,
  type SellerProfile, type SellerProfileState, type SellerProfileInput,
} from './seller-profile.js';
export { listServerDrafts, putServerDraft, deleteServerDraft, type DraftTarget, type ServerDraft } from './drafts.js';
