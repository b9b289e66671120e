/** Renders the form designer. */
export function FormDesignerPage() { return <div />; }
