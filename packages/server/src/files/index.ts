// Attachments (images and PDF). Wiring (coordinator), in app.ts after `mountRoutes(...)` and
// before `app.use('/api', apiNotFound)`:  app.use('/api', createFilesRouter(ctx));
export { createFilesRouter, type FilesRouterOptions, type StoredAttachment } from './files-router.js';
export { detectFileType, safeFileName, type DetectedType } from './file-type.js';
export { FileError, fileMessages, type FileCode } from './messages.js';
