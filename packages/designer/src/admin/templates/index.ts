// Admin: template publishing 模板发布 (mounted by the app shell under /admin/templates).
export { TemplatePublishPage } from './TemplatePublishPage.js';
export { PublishDialog, type PublishDialogProps } from './PublishDialog.js';
export { templateAdminMessages } from './messages.js';
export { templatePackagesQuery, publishTemplate, templateKeys, type TemplatePackageSummary, type ProjectPublishResult } from './api.js';
