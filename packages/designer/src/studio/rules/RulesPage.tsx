/** Placeholder while the rule designer is built: replaced below in the same session. */
export function RulesPage() {
  return null;
}
