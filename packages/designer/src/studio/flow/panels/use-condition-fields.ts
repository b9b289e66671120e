import { useMemo } from 'react';
import type { ConditionField } from '../../../components/condition-builder/index.js';
import { useLang } from '../../../i18n/index.js';
import type { DesignerField } from '../model/form-fields.js';

/** Returns the form's fields as the condition builder wants them, labelled in the current language. */
export function useConditionFields(fields: readonly DesignerField[]): ConditionField[] {
  const { lang } = useLang();
  return useMemo(() => fields.map((f) => ({
    key: f.key, label: f.label[lang], kind: f.kind,
    ...(f.options ? { options: f.options.map((o) => ({ value: o.value, label: o.label[lang] })) } : {}),
  })), [fields, lang]);
}
