import type { DragEvent } from 'react';
import { Tooltip, Typography } from 'antd';
import type { NodeKind } from '@siteflow/runtime';
import { useT } from '../../../i18n/index.js';
import { PALETTE_MIME } from '../canvas/FlowCanvas.js';
import { flowMessages, type FlowMessageKey } from '../messages.js';
import { paletteKinds } from '../model/node-factory.js';
import { kindStyle } from '../nodes/kind-style.js';

/** Renders the node palette: every node kind, dragged onto the canvas (or onto a connection to insert it). */
export function Palette({ disabled }: { readonly disabled?: boolean }) {
  const t = useT(flowMessages);
  const onDragStart = (kind: NodeKind) => (event: DragEvent) => {
    event.dataTransfer.setData(PALETTE_MIME, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <aside className="sf-flow-palette" aria-label={t('flow.palette.title')}>
      <Typography.Text strong>{t('flow.palette.title')}</Typography.Text>
      <Typography.Text type="secondary" className="sf-flow-palette__hint">{t('flow.palette.hint')}</Typography.Text>
      {paletteKinds.map((kind) => (
        <Tooltip key={kind} title={t(`flow.kind.desc.${kind}` as FlowMessageKey)} placement="right">
          <div
            className="sf-flow-palette__item"
            draggable={!disabled}
            onDragStart={onDragStart(kind)}
            data-testid={`palette-${kind}`}
            style={{ ['--kind' as string]: kindStyle[kind].color }}
          >
            <span className="sf-flow-palette__glyph" aria-hidden>{kindStyle[kind].icon}</span>
            {t(`flow.kind.${kind}` as FlowMessageKey)}
          </div>
        </Tooltip>
      ))}
    </aside>
  );
}
