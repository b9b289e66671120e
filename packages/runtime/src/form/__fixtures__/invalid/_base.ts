/** Helpers for the invalid-definition fixtures: one file per case, each `{ definition, issues }`. */
export const m = (zh: string, en: string) => ({ zh, en });

/** Returns a form definition around the given properties (and extra schema keys). */
export function form(properties: Record<string, unknown>, extra: Record<string, unknown> = {}): unknown {
  return { key: 'fixture', name: m('测试表单', 'Fixture form'), schema: { type: 'object', properties, ...extra } };
}

/** Returns a text field with the given label and extra `x-ui`. */
export function text(zh: string, en: string, ui: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'string', 'x-ui': { fieldType: 'text', label: m(zh, en), ...ui } };
}
