import { Form, Input } from 'antd';
import type { Text } from '../../../i18n/index.js';

interface Props {
  readonly labelZh: string;
  readonly labelEn: string;
  readonly value: Text | undefined;
  /** Called with the new text, or undefined when both languages are empty (optional texts). */
  readonly onChange: (value: Text | undefined) => void;
  readonly multiline?: boolean;
  /** Required texts (labels) never become undefined. */
  readonly required?: boolean;
  readonly testId?: string;
}

/** Renders a Chinese + English text pair as two inputs. */
export function BilingualInput({ labelZh, labelEn, value, onChange, multiline, required, testId }: Props) {
  const set = (lang: 'zh' | 'en', text: string) => {
    const next = { zh: value?.zh ?? '', en: value?.en ?? '', [lang]: text };
    onChange(!required && !next.zh && !next.en ? undefined : next);
  };
  const Field = multiline ? Input.TextArea : Input;
  return (
    <>
      <Form.Item label={labelZh} required={required} validateStatus={required && !value?.zh?.trim() ? 'error' : undefined}>
        <Field value={value?.zh ?? ''} onChange={(e) => set('zh', e.target.value)} aria-label={labelZh} data-testid={testId ? `${testId}-zh` : undefined} />
      </Form.Item>
      <Form.Item label={labelEn} required={required} validateStatus={required && !value?.en?.trim() ? 'error' : undefined}>
        <Field value={value?.en ?? ''} onChange={(e) => set('en', e.target.value)} aria-label={labelEn} data-testid={testId ? `${testId}-en` : undefined} />
      </Form.Item>
    </>
  );
}
