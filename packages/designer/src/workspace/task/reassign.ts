/** One choice of a people picker. */
export interface PersonOption { readonly value: string; readonly label: string }

/**
 * Returns the choices of the 改派 dialog: whom it may replace (the step's pending people) and
 * whom it may give the step to (the project's members not already on it). Pure.
 */
export function reassignChoices(
  pending: readonly string[], onTask: readonly string[], members: readonly { readonly userId: string; readonly displayName: string }[],
): { from: PersonOption[]; to: PersonOption[] } {
  const taken = new Set([...pending, ...onTask]);
  const name = (id: string) => members.find((m) => m.userId === id)?.displayName ?? id;
  return {
    from: pending.map((id) => ({ value: id, label: name(id) })),
    to: members.filter((m) => !taken.has(m.userId)).map((m) => ({ value: m.userId, label: m.displayName })),
  };
}
