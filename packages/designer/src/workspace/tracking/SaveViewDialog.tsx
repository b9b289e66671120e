import { Form, Input, Modal } from 'antd';
import { useWsT } from '../shared/hooks.js';
import { viewNameProblem } from './view-name.js';

/** The server's limit on a view's name. */
const NAME_MAX = 60;

const problemKey = {
  required: 'ws.tracking.viewNameRequired',
  reserved: 'ws.tracking.viewNameReserved',
  taken: 'ws.tracking.viewNameTaken',
} as const;

/**
 * Renders the dialog naming a new saved view. The name is required and must differ from the
 * built-in default view and from every view already listed; the dialog stays open with the reason
 * under the field until it does, or until `onSave` succeeds (its failure is reported by the caller).
 */
export function SaveViewDialog(props: { existingNames: readonly string[]; saving: boolean; onCancel: () => void; onSave: (name: string) => Promise<unknown> }) {
  const t = useWsT();
  const [form] = Form.useForm<{ name?: string }>();
  const check = (_: unknown, value: string | undefined) => {
    const problem = viewNameProblem(value ?? '', props.existingNames);
    return problem ? Promise.reject(new Error(t(problemKey[problem], { name: (value ?? '').trim() }))) : Promise.resolve();
  };
  const submit = () => {
    // A refused name shows its reason under the field; a failed save is reported by `onSave`'s owner. Either way the dialog stays open.
    form.validateFields().then(({ name }) => props.onSave((name ?? '').trim())).catch(() => undefined);
  };
  return (
    <Modal open title={t('ws.tracking.saveView')} onCancel={props.onCancel} onOk={submit} confirmLoading={props.saving} destroyOnHidden
      okButtonProps={{ 'data-testid': 'view-save-confirm' } as never}>
      <Form form={form} name="save-view" layout="vertical" onFinish={submit} data-testid="save-view-form">
        <Form.Item name="name" label={t('ws.tracking.viewName')} required rules={[{ validator: check }]}>
          <Input autoFocus maxLength={NAME_MAX} placeholder={t('ws.tracking.viewNamePlaceholder')} data-testid="view-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
