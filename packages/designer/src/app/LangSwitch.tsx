import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useLang, useT } from '../i18n/index.js';

/** Renders a button switching between Chinese and English; the choice is remembered. */
export function LangSwitch({ dark = false }: { dark?: boolean }) {
  const t = useT();
  const { lang, setLang } = useLang();
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      style={dark ? { color: '#fff' } : undefined}
      onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
      title={t('common.language')}
      data-testid="lang-switch"
    >
      {lang === 'zh' ? t('common.switchToEnglish') : t('common.switchToChinese')}
    </Button>
  );
}
