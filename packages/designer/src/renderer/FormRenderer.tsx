import { Tabs, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { pickText, useLang } from '../i18n/index.js';
import { FieldFrame } from './FieldFrame.js';
import { explainIssues } from './issues.js';
import { isMaskedPath } from './masked.js';
import { MaskedHint } from './MaskedHint.js';
import { scrollToFirstIssue } from './scroll-to-issue.js';
import { keysShowAnyField, showsAnyField } from './section-visibility.js';
import { FULL_WIDTH_TYPES, renderTree, type RenderNode } from './render-tree.js';
import { evaluateLinkage, type LinkageState, type FieldPermission, type FormDefinition, type Issue, type LayoutSection } from './runtime-form.js';
import type { RendererServices, WidgetRegistry } from './types.js';
import { useContainerWidth } from './useContainerWidth.js';
import { getAt, setAt } from './value-path.js';
import { defaultWidgets } from './widgets/index.js';
import './form-renderer.css';

/** Props of the one form renderer shared by the designer preview and the workspace. */
export interface FormRendererProps {
  readonly definition: FormDefinition;
  readonly value: Readonly<Record<string, unknown>>;
  readonly onChange?: (next: Record<string, unknown>, changedPath: string) => void;
  /** Problems by data path (from the runtime's validateSubmission or the server), shown under each field. */
  readonly issues?: Readonly<Record<string, readonly Issue[]>>;
  /** Field permissions of the current flow step, by path (hidden / read / edit / required). */
  readonly permissions?: Readonly<Record<string, FieldPermission>>;
  readonly defaultPermission?: FieldPermission;
  /** The record as stored before this step (read-only fields keep these values). */
  readonly previous?: Readonly<Record<string, unknown>>;
  /** Renders everything read-only (record detail). */
  readonly readOnly?: boolean;
  /** 'auto' picks the phone layout below 640 px of available width. */
  readonly layout?: 'auto' | 'desktop' | 'phone';
  readonly services?: RendererServices;
  /** Replace or add widgets (keyed by runtime field type). */
  readonly widgets?: Partial<WidgetRegistry>;
  /** "now" for today()/now() in formulas and linkage (EpochMs); the host passes its clock. */
  readonly now?: number;
  /**
   * Paths the server masked for this viewer (the record's `masked`): shown read-only with a
   * "masked" mark; hosts validate with validateForm and send data through withoutMasked.
   */
  readonly masked?: readonly string[];
  /** Audited "show in clear" for a masked path; pass it only where the user may do it. */
  readonly onUnmask?: (path: string) => Promise<unknown> | void;
  /** Scrolls to and focuses the first field with an issue whenever `issues` changes (default true). */
  readonly scrollToFirstError?: boolean;
}

const PHONE_BREAKPOINT = 640;
const NO_LINKAGE: LinkageState = { visible: {}, required: {}, readOnly: {}, values: {} };

/**
 * Renders a runtime FormDefinition: every field type through the widget registry, sections,
 * columns and tabs, live linkage (visible / required / read-only / computed values) from the
 * runtime's evaluateLinkage, per-step permissions, and issues under each field in the current
 * language. Controlled: the host owns `value`.
 */
export function FormRenderer(props: FormRendererProps) {
  const { definition, value, onChange, issues, permissions, defaultPermission, previous, readOnly = false, layout = 'auto', services = {}, now, masked, onUnmask, scrollToFirstError = true } = props;
  const { lang } = useLang();
  const [ref, width] = useContainerWidth<HTMLDivElement>();
  const compact = layout === 'phone' || (layout === 'auto' && width > 0 && width < PHONE_BREAKPOINT);
  const registry = useMemo(() => ({ ...defaultWidgets, ...props.widgets }), [props.widgets]);
  const tree = useMemo(() => renderTree(definition), [definition]);
  const linkage = useMemo(() => {
    try {
      return evaluateLinkage(definition, value, {
        ...(now !== undefined ? { env: { now } } : {}),
        ...(permissions ? { permissions } : {}),
        ...(defaultPermission ? { defaultPermission } : {}),
        ...(previous ? { previous } : {}),
      });
    } catch {
      // A draft with problems cannot compile: render it without linkage (the designer lists the problems).
      return NO_LINKAGE;
    }
  }, [definition, value, permissions, defaultPermission, previous, now]);

  const shownIssues = useRef<readonly string[]>([]);
  useEffect(() => {
    // A new set of issues (a submit that failed): bring the first bad field into view, also on
    // phones. Issues only going away (the user fixing a field) must not move the page or the focus.
    const paths = Object.entries(issues ?? {}).filter(([, l]) => l.length > 0).map(([p]) => p);
    const fewer = paths.length < shownIssues.current.length && paths.every((p) => shownIssues.current.includes(p));
    shownIssues.current = paths;
    if (scrollToFirstError && paths.length > 0 && !fewer && ref.current) scrollToFirstIssue(ref.current);
  }, [issues, scrollToFirstError, ref]);

  const getValue = useCallback((path: string) => (path in linkage.values ? linkage.values[path] : getAt(value, path)), [linkage, value]);
  // Widgets may call onChange twice in one event (a checkbox group, an "other" text beside it);
  // building each change on the latest value, not the render's, keeps both.
  const latest = useRef(value);
  latest.current = value;
  const setValue = useCallback((path: string, v: unknown) => {
    const next = setAt(latest.current, path, v);
    latest.current = next;
    onChange?.(next, path);
  }, [onChange]);

  const renderField = (node: RenderNode, path: string, opts: { bare?: boolean } = {}): ReactNode => {
    if (linkage.visible[path] === false) return null;
    // A section whose fields are all hidden at this step would be a heading over nothing.
    if (node.type === 'section' && !showsAnyField(node, path, linkage.visible)) return null;
    const Widget = registry[node.type];
    const isMasked = isMaskedPath(path, masked);
    const fieldReadOnly = isMasked || readOnly || !onChange || linkage.readOnly[path] === true || node.type === 'computed' || Boolean(node.ui.valueExpr);
    const required = linkage.required[path] ?? node.required;
    // Masked values cannot be seen, so they are never reported as wrong.
    const fieldIssues = isMasked ? [] : explainIssues(node, issues?.[path] ?? []);
    const widget = (
      <Widget node={node} path={path} value={getValue(path)} onChange={(v) => setValue(path, v)} readOnly={fieldReadOnly}
        invalid={fieldIssues.length > 0} compact={compact} lang={lang} services={services}
        getValue={getValue} setValue={setValue} renderField={renderField} />
    );
    return (
      <FieldFrame key={path} node={node} path={path} required={required && !fieldReadOnly} issues={fieldIssues} bare={opts.bare}
        extra={isMasked && masked?.includes(path) ? <MaskedHint path={path} onUnmask={onUnmask} /> : undefined}
        span={compact ? 1 : node.ui.span ?? (FULL_WIDTH_TYPES.has(node.type) ? 'full' : 1)}>
        {widget}
      </FieldFrame>
    );
  };

  const byKey = new Map(tree.map((n) => [n.key, n]));
  const formLayout = definition.schema?.['x-ui']?.layout;
  const columns = compact ? 1 : Math.max(1, Math.min(4, formLayout?.columns ?? 1));
  const placed = new Set<string>();
  const grid = (keys: readonly string[], cols: number, cls = '') => {
    const nodes = keys.map((k) => byKey.get(k)).filter((n): n is RenderNode => Boolean(n));
    nodes.forEach((n) => placed.add(n.key));
    return (
      <div className={`sf-form__grid ${cls}`} style={{ '--sf-cols': compact ? 1 : cols } as React.CSSProperties}>
        {nodes.map((n) => renderField(n, n.key))}
      </div>
    );
  };
  const section = (s: LayoutSection) => {
    // Placed even when not rendered, so that its hidden fields (and notes) do not turn up below the sections.
    s.fields.forEach((k) => placed.add(k));
    if (!keysShowAnyField(s.fields, byKey, linkage.visible)) return null;
    return (
      <section key={s.key} className="sf-form__section" data-section={s.key}>
        <Typography.Title level={5} className="sf-form__section-title">{pickText(s.title, lang)}</Typography.Title>
        {grid(s.fields, s.columns ?? columns)}
      </section>
    );
  };

  let body: ReactNode;
  if (formLayout?.tabs?.length) {
    // A tab with nothing to show at this step is left out like an empty section.
    const items = formLayout.tabs
      .filter((tab) => keysShowAnyField([...(tab.sections ?? []).flatMap((s) => s.fields), ...(tab.fields ?? [])], byKey, linkage.visible))
      .map((tab) => ({
        key: tab.key,
        label: pickText(tab.title, lang),
        forceRender: true,
        children: <>{tab.sections?.map(section)}{tab.fields?.length ? grid(tab.fields, columns) : null}</>,
      }));
    body = items.length ? <Tabs items={items} /> : null;
  } else {
    body = <>{formLayout?.sections?.map(section)}</>;
  }
  const rest = tree.filter((n) => !placed.has(n.key) && !formLayout?.tabs?.some((tb) => tb.fields?.includes(n.key) || tb.sections?.some((s) => s.fields.includes(n.key))));
  return (
    <div ref={ref} className={`sf-form ${compact ? 'sf-form--compact sf-touch' : ''}`} data-testid="form-renderer" data-layout={compact ? 'phone' : 'desktop'}>
      {body}
      {rest.length > 0 && grid(rest.map((n) => n.key), columns)}
    </div>
  );
}
