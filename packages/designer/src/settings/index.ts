// Public API of the project settings area: the page the shell mounts and its pure helpers.
export { ProjectSettingsPage } from './ProjectSettingsPage.js';
export { settingsMessages, type SettingsMessageKey } from './messages.js';
export { canEditSellerProfile, issueField, toFormValues, toSellerInput, sellerFields, type SellerField } from './seller-form.js';
