/** A user-facing text in both languages of the web app: zh-CN first, English second. */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

/** A message catalogue: stable keys to bilingual texts; `{name}` placeholders are filled by `t`. */
export type Catalogue = Readonly<Record<string, Text>>;

/** The languages the web app speaks. */
export const Lang = { zh: 'zh', en: 'en' } as const;
export type Lang = (typeof Lang)[keyof typeof Lang];

/** A translate function bound to one catalogue and the current language. */
export type Translate<C extends Catalogue> = (key: keyof C & string, params?: Record<string, unknown>) => string;
