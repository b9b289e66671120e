// Public API of the web app's i18n: catalogue, hooks and the language provider.
export { appMessages, type AppMessageKey } from './catalogue.js';
export { LangProvider, readSavedLang, type LangState } from './LangProvider.js';
export { useT, useLang, useLocalize } from './useT.js';
export { fillText, pickText } from './format.js';
export { Lang, type Text, type Catalogue, type Translate } from './types.js';
