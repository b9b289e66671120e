import { ArrowLeftOutlined, CodeOutlined, HistoryOutlined, RedoOutlined, SaveOutlined, SendOutlined, UndoOutlined } from '@ant-design/icons';
import { Badge, Button, Divider, Space, Tag, Tooltip, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { DesignReadOnlyTag, useCanDesign } from '../../app/DesignReadOnlyTag.js';
import { useLocalize, useT } from '../../i18n/index.js';
import type { FormDefinition } from '../../renderer/index.js';

interface Props {
  readonly doc: FormDefinition;
  readonly backTo: string;
  readonly dirty: boolean;
  readonly saving: boolean;
  readonly latestVersion: number | null;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undoLabel?: string | undefined;
  readonly redoLabel?: string | undefined;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onSave: () => void;
  readonly onJson: () => void;
  readonly onVersions: () => void;
  readonly onPublish: () => void;
}

/** Renders the designer's top bar: back, form name and state, undo/redo, JSON, versions, save and publish. */
export function DesignerToolbar(p: Props) {
  const t = useT();
  const localize = useLocalize();
  const mayDesign = useCanDesign(useParams().projectId ?? '');
  return (
    <div className="sf-designer__toolbar" data-testid="designer-toolbar">
      <Space size={8} className="sf-designer__toolbar-left">
        <Tooltip title={t('designer.back')}>
          <Link to={p.backTo}><Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('designer.back')} /></Link>
        </Tooltip>
        <Typography.Title level={5} className="sf-designer__name" ellipsis>{localize(p.doc.name)}</Typography.Title>
        {p.latestVersion ? <Tag color="green">{t('forms.publishedV', { version: p.latestVersion })}</Tag> : <Tag>{t('forms.draftOnly')}</Tag>}
        <Typography.Text type={p.dirty ? 'warning' : 'secondary'} className="sf-designer__state" data-testid="save-state">
          {p.saving ? t('designer.saving') : p.dirty ? t('designer.unsaved') : t('designer.allSaved')}
        </Typography.Text>
        {!mayDesign && <DesignReadOnlyTag />}
      </Space>
      <Space size={4} wrap>
        <Tooltip title={p.undoLabel ? `${t('designer.undo')} · ${p.undoLabel}` : t('designer.undo')}>
          <Button icon={<UndoOutlined />} disabled={!p.canUndo} onClick={p.onUndo} aria-label={t('designer.undo')} data-testid="undo" />
        </Tooltip>
        <Tooltip title={p.redoLabel ? `${t('designer.redo')} · ${p.redoLabel}` : t('designer.redo')}>
          <Button icon={<RedoOutlined />} disabled={!p.canRedo} onClick={p.onRedo} aria-label={t('designer.redo')} data-testid="redo" />
        </Tooltip>
        <Divider orientation="vertical" />
        <Button icon={<CodeOutlined />} onClick={p.onJson} data-testid="open-json">{t('designer.json')}</Button>
        <Button icon={<HistoryOutlined />} onClick={p.onVersions} data-testid="open-versions">{t('designer.versions')}</Button>
        <Badge dot={p.dirty} offset={[-4, 4]}>
          <Button icon={<SaveOutlined />} onClick={p.onSave} loading={p.saving} disabled={!p.dirty || !mayDesign} data-testid="save-draft">{t('designer.save')}</Button>
        </Badge>
        <Button type="primary" icon={<SendOutlined />} onClick={p.onPublish} disabled={!mayDesign} data-testid="open-publish">{t('designer.publish')}</Button>
      </Space>
    </div>
  );
}
