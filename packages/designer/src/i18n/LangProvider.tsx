import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Lang } from './types.js';

const STORAGE_KEY = 'siteflow.lang';

/** The current language and its setter, provided by `LangProvider`. */
export interface LangState {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
}

export const LangContext = createContext<LangState>({ lang: Lang.zh, setLang: () => undefined });

/** Returns the language saved in localStorage, else zh (the product is Chinese first). */
export function readSavedLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    return saved === Lang.en ? Lang.en : Lang.zh;
  } catch {
    return Lang.zh; // storage blocked (private mode): fall back to the default
  }
}

/** Provides the current language; the choice survives a reload through localStorage. */
export function LangProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(initial ?? readSavedLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try { globalThis.localStorage?.setItem(STORAGE_KEY, next); } catch { /* storage blocked */ }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === Lang.zh ? 'zh-CN' : 'en';
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}
