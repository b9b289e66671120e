import { describe, expect, it } from 'vitest';
import { alertKeys, canImportCommLogs, commLogMessages, csvCell, importContentType, splitImportIssues, templateCsv, termColors, termMeaning, termPolarity } from '../index.js';
import { fillText } from '../../../i18n/index.js';
import type { Session } from '../../../api/index.js';

/** The template's lines without the BOM and the final line break (its example cells hold no line breaks). */
const lines = (csv: string) => csv.slice(1).split('\r\n').filter((l) => l !== '');

const session = (roles: string[], isAdmin = false): Session => ({
  user: { id: 'u', username: 'u', isAdmin }, memberships: [], projectRoles: { prj: roles }, csrfToken: 'x',
});

describe('comm-log import template', () => {
  it('has every column the server reads, in Chinese headers, with a BOM for Excel and rows that parse back', () => {
    // Given the Chinese template
    const csv = templateCsv('zh');
    // Then it starts with a BOM and the eight headers the server accepts
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = lines(csv);
    expect(header).toBe('消息编号,客户编号,客户姓名,置业顾问,渠道,发言方,沟通内容,沟通时间');
    // And two example rows: a worried customer (a cancellation keyword) and the consultant's reply
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('后悔');
    expect(rows[0]).toContain(',客户,');
    expect(rows[1]).toContain(',顾问,');
    expect(rows[0]).toMatch(/,2025-12-20 16:17$/);
  });

  it('uses the English keys as headers and customer / staff in English', () => {
    const [header, first, second] = lines(templateCsv('en'));
    expect(header).toBe('externalId,customerId,customerName,consultant,channel,from,text,at');
    expect(first).toContain(',customer,');
    expect(second).toContain(',staff,');
  });

  it('quotes cells that hold commas, quotes or line breaks', () => {
    expect(csvCell('plain 文本')).toBe('plain 文本');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('he said "no"')).toBe('"he said ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('uploads .csv as text/csv and .xlsx as a spreadsheet, and refuses other files', () => {
    expect(importContentType('logs.CSV')).toBe('text/csv');
    expect(importContentType('导出.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(importContentType('old.xls')).toBeNull();
  });
});

describe('rejected rows of an import', () => {
  it('groups the server issues by row number and keeps file problems apart', () => {
    const issue = (path: string, zh: string) => ({ code: 'COMMLOG_ROW_INVALID', message: { zh, en: zh }, path });
    const split = splitImportIssues([issue('row 5.at', '时间无效'), issue('row 3.from', '发言方无效'), issue('row 3.text', '必填'), issue('header.at', '缺少列')]);
    expect(split.rows.map((r) => [r.row, r.issues.length])).toEqual([[3, 2], [5, 1]]);
    expect(split.file.map((i) => i.path)).toEqual(['header.at']);
  });
});

describe('comm-log labels and rights', () => {
  it('names the alerts a message raised, most severe first, once each', () => {
    const a = (level: string | null) => ({ ruleKey: 'r', level, users: [], terms: [], index: 7 });
    expect(alertKeys([a(null), a('level2'), a('level2')])).toEqual(['cl.alert.level2', 'cl.alert.notify']);
    expect(alertKeys([])).toEqual([]);
  });

  it('colours worries red and reassuring words green, and explains each weight zh then en', () => {
    // Given 定金能不能退 (weight 4), 满意 (weight -1) and a term weighing nothing
    expect([4, -1, 0].map((w) => termColors[termPolarity(w)])).toEqual(['red', 'green', undefined]);
    const explain = (weight: number) => {
      const { key, params } = termMeaning(weight);
      return `${fillText(commLogMessages[key], 'zh', params)} / ${fillText(commLogMessages[key], 'en', params)}`;
    };
    expect(explain(2)).toBe('负面词 · 权重 +2 / negative term, weight +2');
    expect(explain(-1)).toBe('正面词 · 权重 -1 / positive term, weight -1');
    expect(explain(0)).toBe('中性词 · 权重 0 / neutral term, weight 0');
  });

  it('lets the roles the server accepts import, and others only read', () => {
    expect(canImportCommLogs(session(['consultant']), 'prj')).toBe(true);
    expect(canImportCommLogs(session(['salesSupervisor']), 'prj')).toBe(true);
    expect(canImportCommLogs(session(['legal']), 'prj')).toBe(false);
    expect(canImportCommLogs(session(['consultant']), 'other')).toBe(false);
    expect(canImportCommLogs(session([], true), 'prj')).toBe(true);
    expect(canImportCommLogs(undefined, 'prj')).toBe(false);
  });
});
