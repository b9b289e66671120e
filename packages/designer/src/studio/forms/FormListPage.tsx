/** Renders the list of forms of the project. */
export function FormListPage() { return <div />; }
