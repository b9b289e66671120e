import { ArrowDownOutlined, ArrowUpOutlined, CopyOutlined, DeleteOutlined, HolderOutlined, LockOutlined, NodeIndexOutlined } from '@ant-design/icons';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { Button, Tag, Tooltip } from 'antd';
import type { MouseEvent } from 'react';
import { useLang, useLocalize, useT } from '../../i18n/index.js';
import { buildRenderNodes, defaultWidgets, fieldTypes, fieldTypeOf } from '../../renderer/index.js';
import { CanvasContainer } from './CanvasContainer.js';
import { useDesigner } from './designer-context.js';
import { fieldDndId, type DragSource, type DropData } from './dnd.js';
import { containerRequired, getField, refId, sameRef, type FieldRef } from './model/index.js';

const noop = () => undefined;

/** Renders one field on the canvas: drag handle, label, a live look of its widget, tags, problems and actions. */
export function CanvasField({ fieldRef }: { fieldRef: FieldRef }) {
  const t = useT();
  const localize = useLocalize();
  const { lang } = useLang();
  const d = useDesigner();
  const schema = getField(d.doc, fieldRef);
  const type = fieldTypeOf(schema?.['x-ui']);
  const id = fieldDndId(fieldRef);
  const dragData: DragSource | undefined = type ? { kind: 'field', ref: fieldRef, type } : undefined;
  const dropData: DropData = { kind: 'field', ref: fieldRef };
  const drag = useDraggable({ id, ...(dragData ? { data: dragData } : {}) });
  const drop = useDroppable({ id, data: dropData });
  if (!schema || !type) return null;
  const ui = schema['x-ui'];
  const selected = sameRef(d.selected, fieldRef);
  const issues = d.problems.get(refId(fieldRef)) ?? [];
  const required = containerRequired(d.doc, fieldRef.container).includes(fieldRef.key);
  const hasLinkage = Boolean(ui.visibleWhen || ui.requiredWhen || ui.readOnlyWhen || ui.valueExpr);
  const sensitivity = ui.sensitivity === undefined ? fieldTypes[type].sensitivity : ui.sensitivity;
  const indicator = d.indicator?.id === id ? d.indicator.position : null;
  const isContainer = type === 'section' || type === 'subtable';
  const stop = (fn: () => void) => (e: MouseEvent) => { e.stopPropagation(); fn(); };
  const node = buildRenderNodes({ [fieldRef.key]: schema }, required ? [fieldRef.key] : [])[0];
  const Widget = defaultWidgets[type];
  return (
    <div
      ref={(el) => { drag.setNodeRef(el); drop.setNodeRef(el); }}
      className={[
        'sf-cfield', `sf-cfield--${type}`, selected ? 'is-selected' : '', issues.length ? 'has-problem' : '',
        drag.isDragging ? 'is-dragging' : '', indicator ? `drop-${indicator}` : '',
      ].join(' ')}
      onClick={(e) => { e.stopPropagation(); d.select(fieldRef); }}
      data-testid={`field-${refId(fieldRef)}`}
      data-field-type={type}
      {...drag.attributes}
      {...drag.listeners}
      role="button"
      tabIndex={0}
    >
      <div className="sf-cfield__head">
        <HolderOutlined className="sf-cfield__handle" />
        <span className="sf-cfield__label">
          {required && <span className="sf-form__star" aria-label={t('designer.required')}>*</span>}
          {localize(ui.label)}
        </span>
        <span className="sf-cfield__tags">
          <Tag variant="filled" className="sf-cfield__type">{localize(fieldTypes[type].label)}</Tag>
          {sensitivity && <Tooltip title={t('props.sensitivity')}><Tag color="orange" icon={<LockOutlined />} variant="filled">{t(`props.sens.${sensitivity}`)}</Tag></Tooltip>}
          {hasLinkage && <Tooltip title={t('designer.hasLinkage')}><Tag color="purple" icon={<NodeIndexOutlined />} variant="filled" data-testid="linkage-tag" /></Tooltip>}
        </span>
        {selected && (
          <span className="sf-cfield__actions" onPointerDown={(e) => e.stopPropagation()}>
            <Tooltip title={t('designer.moveUp')}><Button size="small" type="text" icon={<ArrowUpOutlined />} onClick={stop(() => d.moveBy(fieldRef, -1))} aria-label={t('designer.moveUp')} /></Tooltip>
            <Tooltip title={t('designer.moveDown')}><Button size="small" type="text" icon={<ArrowDownOutlined />} onClick={stop(() => d.moveBy(fieldRef, 1))} aria-label={t('designer.moveDown')} /></Tooltip>
            <Tooltip title={t('designer.duplicate')}><Button size="small" type="text" icon={<CopyOutlined />} onClick={stop(() => d.duplicate(fieldRef))} aria-label={t('designer.duplicate')} /></Tooltip>
            <Tooltip title={t('designer.remove')}><Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={stop(() => d.remove(fieldRef))} aria-label={t('designer.remove')} data-testid="field-remove" /></Tooltip>
          </span>
        )}
      </div>
      {isContainer ? (
        <div className="sf-cfield__children" onPointerDown={(e) => e.stopPropagation()}>
          <CanvasContainer container={[...fieldRef.container, fieldRef.key]} />
        </div>
      ) : node && (
        <div className="sf-cfield__preview" inert>
          <Widget node={node} path={`canvas-${refId(fieldRef)}`} value={schema.default} onChange={noop} readOnly={type === 'computed'} invalid={false}
            compact={false} lang={lang} services={{}} getValue={() => undefined} setValue={noop} renderField={() => null} />
        </div>
      )}
      {issues.length > 0 && (
        <div className="sf-cfield__problems" data-testid="field-problems">
          {issues.map((i, n) => <div key={n}>{localize(i.message)}</div>)}
        </div>
      )}
    </div>
  );
}
