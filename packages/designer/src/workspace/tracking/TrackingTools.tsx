import { DownloadOutlined, EllipsisOutlined, FilterOutlined, SaveOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Dropdown, Input, Modal, Popover, Select, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { usePhone, useWsT } from '../shared/hooks.js';
import { RECORD_STATUSES, recordStatusKey } from './record-status.js';
import type { SavedView } from './views-api.js';

/** What the tools row of a tracking table reads and changes. */
export interface TrackingToolsProps {
  readonly search: string;
  onSearchText(text: string): void;
  onSearch(q: string): void;
  readonly status: string;
  onStatus(status: string): void;
  readonly views: readonly SavedView[];
  readonly viewId: string | null;
  onView(view: SavedView | null): void;
  onSaveView(): void;
  readonly saving: boolean;
  /** The column chooser (checkboxes). */
  readonly chooser: ReactNode;
  readonly exportHref: string;
  onAddFilter(): void;
  /** The phones' sort control (laptops sort from the table header). */
  readonly sortControl: ReactNode;
}

/**
 * Renders search, status filter, saved views, save view, column chooser and export. On phones it
 * takes three rows: search; status and sort; view and a More menu (save view, columns, add
 * condition, export).
 */
export function TrackingTools(props: TrackingToolsProps) {
  const t = useWsT();
  const phone = usePhone();
  const [choosing, setChoosing] = useState(false);
  const search = (
    <Input.Search allowClear enterButton value={props.search} onChange={(e) => props.onSearchText(e.target.value)} onSearch={(v) => props.onSearch(v.trim())}
      placeholder={t('ws.tracking.search')} className="sf-ws-tracking__search" data-testid="tracking-search" />
  );
  const status = (
    <Select value={props.status} style={{ minWidth: 110 }} aria-label={t('ws.tracking.status')} onChange={props.onStatus} data-testid="status-filter" popupMatchSelectWidth={false}
      options={[{ value: '', label: `${t('ws.tracking.status')}：${t('ws.state.all')}` }, ...RECORD_STATUSES.map((s) => ({ value: s, label: t(recordStatusKey(s)!) }))]} />
  );
  const views = (
    <Select value={props.viewId ?? ''} style={{ minWidth: 140 }} aria-label={t('ws.tracking.views')} popupMatchSelectWidth={false} data-testid="tracking-view"
      onChange={(id) => props.onView(props.views.find((v) => v.id === id) ?? null)}
      options={[{ value: '', label: t('ws.tracking.defaultView') }, ...props.views.map((v) => ({ value: v.id, label: v.name }))]} />
  );
  if (!phone) {
    return (
      <div className="sf-ws-tracking__tools">
        {search}
        <Space wrap>
          {status}
          {views}
          <Button icon={<SaveOutlined />} onClick={props.onSaveView} loading={props.saving}>{t('ws.tracking.saveView')}</Button>
          <Popover trigger="click" content={props.chooser} title={t('ws.tracking.columns')} placement="bottomRight">
            <Button icon={<SettingOutlined />} data-testid="columns-button">{t('ws.tracking.columns')}</Button>
          </Popover>
          <Button icon={<DownloadOutlined />} href={props.exportHref} data-testid="export-xlsx">{t('ws.tracking.export')}</Button>
        </Space>
      </div>
    );
  }
  const more = [
    { key: 'save', icon: <SaveOutlined />, label: t('ws.tracking.saveView'), onClick: props.onSaveView },
    { key: 'columns', icon: <SettingOutlined />, label: <span data-testid="columns-button">{t('ws.tracking.columns')}</span>, onClick: () => setChoosing(true) },
    { key: 'filter', icon: <FilterOutlined />, label: t('ws.tracking.addFilter'), onClick: props.onAddFilter },
    { key: 'export', icon: <DownloadOutlined />, label: <a href={props.exportHref} data-testid="export-xlsx">{t('ws.tracking.export')}</a> },
  ];
  return (
    <div className="sf-ws-tracking__tools sf-ws-tracking__tools--phone">
      {search}
      <div className="sf-ws-tracking__toolrow">{status}{props.sortControl}</div>
      <div className="sf-ws-tracking__toolrow">
        {views}
        <Dropdown menu={{ items: more }} trigger={['click']} placement="bottomRight">
          <Button icon={<EllipsisOutlined />} loading={props.saving} data-testid="tracking-more">{t('ws.action.more')}</Button>
        </Dropdown>
      </div>
      <Modal open={choosing} title={t('ws.tracking.columns')} footer={null} onCancel={() => setChoosing(false)} destroyOnHidden>{props.chooser}</Modal>
    </div>
  );
}
