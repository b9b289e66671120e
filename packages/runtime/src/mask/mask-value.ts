import type { SensitivityKind } from '../form/types.js';

/** Chinese compound surnames 复姓: the whole surname stays visible (欧阳娜娜 → 欧阳**). */
const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐',
  '端木', '南宫', '独孤', '西门', '轩辕', '万俟', '呼延', '澹台', '公冶', '太史', '申屠', '钟离', '闻人', '赫连',
  '百里', '东郭', '拓跋', '第五', '左丘', '濮阳', '单于', '司空', '闾丘', '子车', '亓官', '仲孙',
]);

const stars = (n: number) => '*'.repeat(Math.max(0, n));

function maskName(text: string): string {
  const chars = [...text.trim()];
  if (chars.length === 0) return '';
  if (chars.length === 1) return '*';
  const keep = chars.length > 2 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
  return chars.slice(0, keep).join('') + chars.slice(keep).map((c) => (/\s/.test(c) ? c : '*')).join('');
}

function maskPhone(text: string): string {
  const digits = text.replace(/[\s-]/g, '').replace(/^\+?86(?=1\d{10}$)/, '');
  if (digits.length <= 7) return stars(digits.length);
  return `${digits.slice(0, 3)}${stars(digits.length - 7)}${digits.slice(-4)}`;
}

function maskIdCard(text: string): string {
  const id = text.replace(/\s/g, '');
  if (id.length <= 10) return stars(id.length);
  return `${id.slice(0, 6)}${stars(id.length - 10)}${id.slice(-4)}`;
}

function maskBankCard(text: string): string {
  const digits = text.replace(/[\s-]/g, '');
  if (digits.length <= 8) return stars(digits.length);
  const middle = stars(digits.length - 8).match(/.{1,4}/g) ?? [];
  return [digits.slice(0, 4), ...middle, digits.slice(-4)].join(' ');
}

const PROVINCE = /^(.{2,7}?(?:省|自治区|特别行政区)|北京市|上海市|天津市|重庆市)/;
const CITY = /^(.{1,6}?(?:市|自治州|地区|盟))/;

function maskAddress(text: string): string {
  const address = text.trim();
  if (address === '') return '';
  let kept = '';
  const province = PROVINCE.exec(address);
  if (province?.[1]) kept = province[1];
  const municipality = ['北京市', '上海市', '天津市', '重庆市'].includes(kept);
  if (!municipality) {
    const city = CITY.exec(address.slice(kept.length));
    if (city?.[1]) kept += city[1];
  }
  // Without a recognisable province or city, keep only the first two characters.
  if (kept === '') kept = [...address].slice(0, 2).join('');
  return `${kept}***`;
}

/**
 * Returns the masked text of a personal value: phone 138****1234, ID card 330106********1234
 * (first 6, last 4), name 张* / 欧阳** (surname kept), bank card 6222 **** **** 1234, address
 * 浙江省杭州市*** (province and city kept). Empty values give ''; non-text values are masked
 * entirely. Pure.
 */
export function maskValue(value: unknown, kind: SensitivityKind): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string' && typeof value !== 'number') return '***';
  const text = String(value);
  switch (kind) {
    case 'name': return maskName(text);
    case 'phone': return maskPhone(text);
    case 'idCard': return maskIdCard(text);
    case 'bankCard': return maskBankCard(text);
    case 'address': return maskAddress(text);
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
