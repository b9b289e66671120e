import { useCallback, useContext } from 'react';
import { appMessages, type AppMessageKey } from './catalogue.js';
import { fillText, pickText } from './format.js';
import { LangContext, type LangState } from './LangProvider.js';
import type { Catalogue, Translate } from './types.js';

/** Returns the current language and its setter. */
export function useLang(): LangState {
  return useContext(LangContext);
}

/**
 * Returns a translate function for the app catalogue, or for `catalogue` when given (feature
 * folders such as the flow designer keep their own catalogue and pass it here).
 */
export function useT(): Translate<typeof appMessages>;
export function useT<C extends Catalogue>(catalogue: C): Translate<C>;
export function useT(catalogue: Catalogue = appMessages): Translate<Catalogue> {
  const { lang } = useContext(LangContext);
  return useCallback((key: string, params?: Record<string, unknown>) => {
    const text = catalogue[key];
    return text ? fillText(text, lang, params) : key; // a missing key shows itself, never crashes
  }, [catalogue, lang]);
}

/** Returns a function turning a bilingual `{ zh, en }` value (e.g. a runtime Message) into the current language. */
export function useLocalize(): (value: unknown) => string {
  const { lang } = useContext(LangContext);
  return useCallback((value: unknown) => pickText(value, lang), [lang]);
}

export type { AppMessageKey };
