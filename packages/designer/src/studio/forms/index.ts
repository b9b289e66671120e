// Public API of the form studio: the form list and the form designer pages.
export { FormListPage } from './FormListPage.js';
export { FormDesignerPage } from './FormDesignerPage.js';
