import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/index.js';
import { useErrorText } from '../../components/index.js';
import { useLocalize, useT } from '../../i18n/index.js';
import { directoryMessages } from './messages.js';
import { fieldIssueText, type FieldSpec } from './field-rules.js';

/**
 * Returns a reporter for failed admin writes: a stale version asks to refresh and reloads the lists
 * on OK; other errors (other refusals such as 409 ADMIN_LAST_ADMIN included) show the server's
 * message. Each issue on a field the form shows (`fields`: name → label or spec) appears under that
 * field, worded with the field's label instead of the server's internal name. The reporter returns
 * true for a stale version, so a dialog holding the old version can close.
 */
export function useAdminErrors() {
  const t = useT(directoryMessages);
  const localize = useLocalize();
  const errorText = useErrorText();
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  return useCallback((error: unknown, form?: FormInstance, fields: Readonly<Record<string, string | FieldSpec>> = {}): boolean => {
    if (isApiError(error) && error.code === 'API_VERSION_CONFLICT') {
      modal.warning({
        title: t('adm.conflict'), okText: t('adm.refresh'),
        onOk: () => client.invalidateQueries({ queryKey: ['admin'] }),
      });
      return true;
    }
    const issues = isApiError(error) ? error.issues : [];
    const named = issues.map((i) => {
      const field = i.path?.split('.')[0] ?? '';
      const known = fields[field];
      const spec = typeof known === 'string' ? { label: known } : known;
      return { field, text: spec ? fieldIssueText(t, localize, i, spec) : localize(i.message) };
    });
    if (form) {
      const shown = Object.keys(fields)
        .map((name) => ({ name, errors: named.filter((n) => n.field === name).map((n) => n.text) }))
        .filter((f) => f.errors.length > 0);
      if (shown.length) form.setFields(shown);
    }
    void message.error([errorText(error), ...named.map((n) => n.text)].filter(Boolean).join('；'));
    return false;
  }, [t, localize, errorText, message, modal, client]);
}
