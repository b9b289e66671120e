/** The part of a FormDefinition the flow checks read: its JSON Schema properties. */
export interface FormLike {
  readonly key: string;
  readonly schema: { readonly properties?: Readonly<Record<string, unknown>> };
}

/**
 * Returns a predicate telling whether a dotted field path exists in the form's schema
 * (objects are walked; anything below an array or an open object is accepted). Pure.
 */
export function knownFieldPredicate(form: FormLike): (path: string) => boolean {
  return (path) => {
    let props: Readonly<Record<string, unknown>> | undefined = form.schema.properties;
    for (const seg of path.split('.')) {
      if (!props || !Object.hasOwn(props, seg)) return false;
      const sub = props[seg] as { type?: unknown; properties?: Record<string, unknown> } | undefined;
      if (!sub || sub.type !== 'object' || !sub.properties) return true;
      props = sub.properties;
    }
    return true;
  };
}
