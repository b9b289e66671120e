/** Selector of a field that shows an issue (its frame, or a sub-table cell with errors). */
const WITH_ISSUE = '.sf-form__field--error, [data-error-for]';
/** What can take the keyboard inside a field. */
const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), [role="combobox"], [tabindex]:not([tabindex="-1"]), button:not([disabled])';

/**
 * Scrolls the first field with an issue (in page order) to the middle of the screen, clear of a
 * phone's sticky action bar, and focuses its control. Returns the field element, or null.
 */
export function scrollToFirstIssue(root: ParentNode): HTMLElement | null {
  const hit = root.querySelector<HTMLElement>(WITH_ISSUE);
  if (!hit) return null;
  const field = hit.closest<HTMLElement>('[data-field]') ?? hit;
  field.scrollIntoView({ block: 'center', inline: 'nearest' });
  field.querySelector<HTMLElement>(FOCUSABLE)?.focus({ preventScroll: true });
  return field;
}
