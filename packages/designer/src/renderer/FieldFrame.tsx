import type { ReactNode } from 'react';
import { pickText, useLang } from '../i18n/index.js';
import type { RenderNode } from './render-tree.js';
import type { Issue } from './runtime-form.js';

interface Props {
  readonly node: RenderNode;
  readonly path: string;
  readonly required: boolean;
  readonly issues: readonly Issue[];
  readonly span: number | 'full';
  /** Sub-table cells: no label row (the column header is the label). */
  readonly bare?: boolean | undefined;
  /** Shown after the label (the "masked" mark). */
  readonly extra?: ReactNode;
  readonly children: ReactNode;
}

/** Renders a field's label (with the required star), its widget, help text and its issues in the current language. */
export function FieldFrame({ node, path, required, issues, span, bare, extra, children }: Props) {
  const { lang } = useLang();
  const label = pickText(node.ui.label, lang);
  const help = pickText(node.ui.help, lang);
  const errors = issues.length > 0 && (
    <div className="sf-form__errors" role="alert" data-error-for={path}>
      {issues.map((i, n) => <div key={n}>{pickText(i.message, lang)}</div>)}
    </div>
  );
  const style = { gridColumn: span === 'full' ? '1 / -1' : `span min(${span}, var(--sf-cols))` };
  if (bare) return <div className="sf-form__cell" data-field={path}>{children}{errors}</div>;
  if (node.type === 'note') return <div className="sf-form__field" style={style} data-field={path}>{children}</div>;
  if (node.type === 'section') {
    return (
      <fieldset className="sf-form__group" style={style} data-field={path}>
        <legend className="sf-form__group-title">{label}</legend>
        {help && <div className="sf-form__help">{help}</div>}
        {children}
        {errors}
      </fieldset>
    );
  }
  const labelEl = (
    <label className="sf-form__label" htmlFor={path}>
      {required && <span className="sf-form__star" aria-hidden>*</span>}
      {label}
    </label>
  );
  return (
    <div className={`sf-form__field ${issues.length ? 'sf-form__field--error' : ''}`} style={style} data-field={path}>
      {extra ? <div className="sf-form__label-row">{labelEl}{extra}</div> : labelEl}
      <div className="sf-form__control">{children}</div>
      {help && <div className="sf-form__help">{help}</div>}
      {errors}
    </div>
  );
}
