import { useT } from '../../i18n/index.js';
import { commLogMessages } from './messages.js';

/** Returns the translate function of the communication logs catalogue. */
export function useCommLogsT() {
  return useT(commLogMessages);
}
