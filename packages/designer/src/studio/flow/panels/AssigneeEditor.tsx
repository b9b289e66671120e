import { Button, Input, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { AssigneeRule } from '@siteflow/runtime';
import { useLang, useT } from '../../../i18n/index.js';
import { flowMessages, type FlowMessageKey } from '../messages.js';
import { projectRoleKeys, projectRoles } from '../roles.js';

type Kind = AssigneeRule['kind'];
const kinds: readonly Kind[] = ['role', 'users', 'expression', 'initiator', 'regionalDirector'];

function blank(kind: Kind): AssigneeRule {
  switch (kind) {
    case 'role': return { kind, role: 'salesSupervisor' };
    case 'users': return { kind, userIds: [] };
    case 'expression': return { kind, expr: '' };
    case 'initiator': return { kind };
    case 'regionalDirector': return { kind };
    default: { const never: never = kind; return never; }
  }
}

/** Returns the role picker options in the current language. */
export function useRoleOptions() {
  const { lang } = useLang();
  return projectRoleKeys.map((r) => ({ value: r, label: projectRoles[r][lang] }));
}

/**
 * Renders a list editor of assignee rules: a project role, named users, an expression over the
 * record, the initiator or the project's regional director.
 */
export function AssigneeEditor({ value, onChange, testId }: { readonly value: readonly AssigneeRule[]; readonly onChange: (v: AssigneeRule[]) => void; readonly testId?: string }) {
  const t = useT(flowMessages);
  const roleOptions = useRoleOptions();
  const set = (i: number, rule: AssigneeRule) => onChange(value.map((r, j) => (j === i ? rule : r)));
  return (
    <div className="sf-assignees" data-testid={testId}>
      {value.map((rule, i) => (
        <Space.Compact key={i} block className="sf-assignees__row">
          <Select value={rule.kind} style={rule.kind === 'initiator' || rule.kind === 'regionalDirector' ? { flex: 1 } : { width: 130 }} popupMatchSelectWidth={false} aria-label={t('flow.assignee.kind')}
            options={kinds.map((k) => ({ value: k, label: t(`flow.assignee.${k}` as FlowMessageKey) }))}
            onChange={(k: Kind) => set(i, blank(k))} />
          {rule.kind === 'role' && (
            <Select showSearch optionFilterProp="label" value={rule.role} style={{ flex: 1, minWidth: 120 }} options={roleOptions}
              aria-label={t('flow.assignee.pickRole')} onChange={(role: string) => set(i, { kind: 'role', role })} data-testid="assignee-role" />
          )}
          {rule.kind === 'users' && (
            <Select mode="tags" value={[...rule.userIds]} style={{ flex: 1, minWidth: 120 }} placeholder={t('flow.assignee.pickUsers')}
              open={false} onChange={(userIds: string[]) => set(i, { kind: 'users', userIds })} aria-label={t('flow.assignee.user')} />
          )}
          {rule.kind === 'expression' && (
            <Input value={rule.expr} placeholder={t('flow.assignee.exprPlaceholder')} style={{ flex: 1 }}
              onChange={(e) => set(i, { kind: 'expression', expr: e.target.value })} aria-label={t('flow.assignee.expression')} />
          )}
          <Button icon={<DeleteOutlined />} aria-label={t('flow.props.remove')} onClick={() => onChange(value.filter((_, j) => j !== i))} />
        </Space.Compact>
      ))}
      <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => onChange([...value, blank('role')])}>
        {t('flow.props.add')}
      </Button>
    </div>
  );
}
