import { describe, expect, it } from 'vitest';
import { accountRules } from '@siteflow/runtime';
import { fillText, pickText, type Lang } from '../../../i18n/index.js';
import { directoryMessages } from '../messages.js';
import { fieldIssueText, fieldRules, type FieldSpec } from '../field-rules.js';

const translate = (lang: Lang) => (key: keyof typeof directoryMessages & string, params?: Record<string, unknown>) => fillText(directoryMessages[key], lang, params);
const t = translate('zh');
const localize = (text: { zh: string; en: string }) => pickText(text, 'zh');
const username: FieldSpec = { label: '账号', required: true, ...accountRules.username, patternText: t('adm.users.usernameFormat') };
const password: FieldSpec = { label: '初始密码', required: true, ...accountRules.password };
// Issues as the server words them (packages/server/src/http/validation.ts): the internal field name inside.
const issue = (code: string, field: string) => ({ code, path: field, message: { zh: `字段「${field}」有误`, en: `Field "${field}" is wrong` } });

describe('admin user dialog field checks', () => {
  it('checks the shared account rules in the browser, naming the field by its label', async () => {
    const messages = fieldRules(t, password).map((r) => (r as { message: string }).message);
    expect(messages).toContain('初始密码至少需要 8 个字符');
    const pattern = fieldRules(t, username).find((r) => 'pattern' in r) as { pattern: RegExp; message: string };
    expect(pattern.pattern.test('zhang.wei')).toBe(true);
    expect(pattern.pattern.test('张 伟')).toBe(false);
    expect(pattern.message).toBe('账号只能包含字母、数字及 _ . @ -');
  });

  it('words a server refusal with the label, never the internal field name', () => {
    const texts = [
      fieldIssueText(t, localize, issue('API_FIELD_FORMAT', 'username'), username),
      fieldIssueText(t, localize, issue('API_FIELD_TOO_SHORT', 'password'), password),
      fieldIssueText(t, localize, issue('API_FIELD_REQUIRED', 'password'), password),
      fieldIssueText(t, localize, issue('API_FIELD_TYPE', 'username'), username),
    ];
    expect(texts).toEqual(['账号只能包含字母、数字及 _ . @ -', '初始密码至少需要 8 个字符', '请填写初始密码', '账号填写不正确']);
    for (const text of texts) expect(text).not.toMatch(/username|password/);
    expect(fieldIssueText(translate('en'), (m) => m.en, issue('API_FIELD_TOO_SHORT', 'password'), { ...password, label: 'Initial password' }))
      .toBe('Initial password needs at least 8 characters');
  });

  it('keeps a domain refusal in the server\'s own words', () => {
    const own = { code: 'HANDOVER_NOT_MEMBER', path: 'toUserId', message: { zh: '接收人不是本项目的成员', en: 'Not a member' } };
    expect(fieldIssueText(t, localize, own, { label: '接收人' })).toBe('接收人不是本项目的成员');
  });
});
