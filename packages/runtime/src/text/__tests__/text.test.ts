import { describe, expect, it } from 'vitest';
import { analyzeText, refundRiskDictionary as dict, sentimentByCustomer, sentimentIndex, validateDictionary, type KeywordDictionary } from '../../index.js';

const fired = (text: string) => analyzeText(dict, text).hits.filter((h) => !h.negated).map((h) => h.term);

describe('analyzeText', () => {
  it('does not fire 后悔 on 不后悔 / 没有后悔 / 一点也不后悔, but reports the negated hit', () => {
    for (const text of ['我不后悔买这套房', '没有后悔', '一点也不后悔！']) {
      const result = analyzeText(dict, text);
      expect(result.score).toBe(0);
      expect(result.hits).toEqual([expect.objectContaining({ term: '后悔', negated: true })]);
    }
  });

  it('fires 后悔 when a negation belongs to another clause', () => {
    expect(fired('不是说好的吗，现在有点后悔')).toEqual(['后悔']);
    expect(analyzeText(dict, '现在很后悔').score).toBe(3);
  });

  it('matches synonyms and multi-word phrases, longest first, with the canonical term', () => {
    const result = analyzeText(dict, '如果不想买了，定金能不能退？我再比较一下其他盘，别人说这边停工了');
    expect(result.hits.map((h) => [h.term, h.matched])).toEqual([
      ['不想买了', '不想买了'], ['定金能不能退', '定金能不能退'], ['再比较一下', '再比较一下'], ['再比较一下', '其他盘'],
      ['别人说', '别人说'], ['停工', '停工'],
    ]);
    expect(result.score).toBe(4 + 4 + 2 + 2 + 1 + 3);
  });

  it('matches single-word terms on word boundaries only', () => {
    const d: KeywordDictionary = { key: 'k', name: { zh: '测', en: 't' }, entries: [{ term: '退', weight: 1 }] };
    expect(analyzeText(d, '我父亲明年退休').hits).toEqual([]);
    expect(analyzeText(d, '定金能不能退').score).toBe(1);
  });

  it('normalises full-width characters and case', () => {
    const d: KeywordDictionary = { key: 'k', name: { zh: '测', en: 't' }, entries: [{ term: 'ok', weight: 1 }, { term: '再想想', weight: 2 }] };
    expect(analyzeText(d, 'ＯＫ，我再想想').score).toBe(3);
  });
});

describe('sentimentIndex', () => {
  const day = 86_400_000;
  const messages = [
    { at: 1 * day, text: '我再想想', from: 'customer' as const, customerId: 'c1' },
    { at: 2 * day, text: '家人不同意，定金能不能退', from: 'customer' as const, customerId: 'c1' },
    { at: 2 * day, text: '您别后悔哦', from: 'staff' as const, customerId: 'c1' },
    { at: 9 * day, text: '后悔', from: 'customer' as const, customerId: 'c1' },
    { at: 2 * day, text: '很满意', from: 'customer' as const, customerId: 'c2' },
  ];

  it('sums the customer messages inside the window and explains which words fired', () => {
    const result = sentimentIndex(dict, messages.filter((m) => m.customerId === 'c1'), { from: 0, to: 7 * day });
    expect(result.index).toBe(2 + 3 + 4);
    expect(result.messages).toBe(2);
    expect(result.hits.map((h) => [h.term, h.messageIndex])).toEqual([['再想想', 0], ['家人不同意', 1], ['定金能不能退', 1]]);
  });

  it('groups by customer', () => {
    const by = sentimentByCustomer(dict, messages, { from: 0, to: 7 * day });
    expect(by.get('c1')?.index).toBe(9);
    expect(by.get('c2')?.index).toBe(-1);
  });
});

describe('validateDictionary', () => {
  it('reports empty terms, duplicates and bad weights with paths', () => {
    const issues = validateDictionary({
      key: 'k', name: { zh: '测', en: 't' },
      entries: [{ term: '后悔', weight: 1 }, { term: ' ', weight: 1 }, { term: '反悔', synonyms: ['后悔'], weight: Number.NaN }],
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['TEXT_EMPTY_TERM', 'entries.1.term'], ['TEXT_DUPLICATE_TERM', 'entries.2.synonyms.0'], ['TEXT_BAD_WEIGHT', 'entries.2.weight'],
    ]);
    expect(validateDictionary(dict)).toEqual([]);
  });
});

describe('A-not-A questions', () => {
  it('treats 能不能 / 会不会 as a question, not a negation', () => {
    expect(fired('会不会后悔啊')).toEqual(['后悔']);
    expect(fired('我不会后悔')).toEqual([]);
  });
});
