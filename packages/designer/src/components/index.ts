// Shared UI pieces of the web app (the condition builder lives in ./condition-builder).
export { ErrorState } from './ErrorState.js';
export { PageLoading } from './PageLoading.js';
export { useErrorText } from './useErrorText.js';
