import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/index.js';
import { useErrorText } from '../../components/index.js';
import { useLocalize, useT } from '../../i18n/index.js';
import { directoryMessages } from './messages.js';

/**
 * Returns a reporter for failed admin writes: a stale version (409) asks to refresh and reloads
 * the lists on OK; other errors show the server's message, and each issue is shown under the
 * form field it names (with the field's label) when a form and labels are given. The reporter
 * returns true for a stale version, so a dialog holding the old version can close.
 */
export function useAdminErrors() {
  const t = useT(directoryMessages);
  const localize = useLocalize();
  const errorText = useErrorText();
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  return useCallback((error: unknown, form?: FormInstance, labels: Readonly<Record<string, string>> = {}): boolean => {
    if (isApiError(error) && error.isConflict && error.code !== 'API_ALREADY_EXISTS') {
      modal.warning({
        title: t('adm.conflict'), okText: t('adm.refresh'),
        onOk: () => client.invalidateQueries({ queryKey: ['admin'] }),
      });
      return true;
    }
    const issues = isApiError(error) ? error.issues : [];
    const named = issues.map((i) => {
      const field = i.path?.split('.')[0] ?? '';
      return { field, text: `${labels[field] ?? field}: ${localize(i.message)}` };
    });
    if (form) {
      const fields = Object.keys(labels)
        .map((name) => ({ name, errors: named.filter((n) => n.field === name).map((n) => n.text) }))
        .filter((f) => f.errors.length > 0);
      if (fields.length) form.setFields(fields);
    }
    void message.error([errorText(error), ...named.map((n) => n.text)].filter(Boolean).join('；'));
    return false;
  }, [t, localize, errorText, message, modal, client]);
}
