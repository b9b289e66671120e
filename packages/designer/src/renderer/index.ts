// Public API of the form renderer: ONE renderer for the designer preview and the workspace.
export { FormRenderer, type FormRendererProps } from './FormRenderer.js';
export { defaultWidgets, mimeAccepted, ReadOnlyValue } from './widgets/index.js';
export { renderTree, buildRenderNodes, orderedKeys, FULL_WIDTH_TYPES, type RenderNode } from './render-tree.js';
export { showsAnyField, keysShowAnyField } from './section-visibility.js';
export { formatValue, formatMoney, formatMinutes } from './format-value.js';
export { getAt, setAt, joinPath } from './value-path.js';
export { issuesByPath, explainIssues } from './issues.js';
export { isMaskedPath, dropMaskedIssues, withoutMasked, validateForm, type FormCheck } from './masked.js';
export { scrollToFirstIssue } from './scroll-to-issue.js';
export { personLabel, useDirectoryServices } from './useDirectoryServices.js';
export type { AttachmentRef, UploadHook, PickOption, RendererServices, WidgetProps, FieldWidget, WidgetRegistry } from './types.js';
export * from './runtime-form.js';
