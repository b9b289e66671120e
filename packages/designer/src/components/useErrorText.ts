import { useCallback } from 'react';
import { isApiError } from '../api/index.js';
import { useLocalize, useT } from '../i18n/index.js';

/** Returns a function giving the user-facing text of any error in the current language. */
export function useErrorText(): (error: unknown) => string {
  const t = useT();
  const localize = useLocalize();
  return useCallback((error: unknown) => {
    if (isApiError(error)) {
      if (error.status === 0) return t('common.networkError');
      return localize(error.text) || t('common.serverError', { status: error.status });
    }
    return t('common.unknownError');
  }, [t, localize]);
}
