import type { Message } from '@siteflow/runtime';
import type { LinkView } from './service.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const both = (m: Message) => `${esc(m.zh)} <span class="en">/ ${esc(m.en)}</span>`;

function shell(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:640px;margin:24px auto;padding:0 16px;color:#1f1f1f}
.en{color:#666;font-size:.9em}label{display:block;margin:16px 0 6px;font-weight:600}textarea,input[type=text]{width:100%;box-sizing:border-box;padding:8px;font:inherit}
.opt{font-weight:400;display:block;margin:4px 0}button{margin-top:20px;padding:10px 24px;font:inherit;background:#1677ff;color:#fff;border:0;border-radius:6px}
.box{border:1px solid #ddd;border-radius:8px;padding:16px}.err{border-color:#ff4d4f;background:#fff2f0}</style></head><body>${body}</body></html>`;
}

/** Returns the HTML page where the contact answers the step (no script; a plain form post). Pure. */
export function linkPage(view: LinkView, token: string): string {
  const fields = view.fields.map((f) => {
    const name = `f_${esc(f.path)}`;
    const req = f.required ? ' required' : '';
    const input = f.options
      ? f.options.map((o) => `<label class="opt"><input type="radio" name="${name}" value="${esc(o.value)}"${req}> ${both(o.label)}</label>`).join('')
      : f.fieldType === 'textarea'
        ? `<textarea name="${name}" rows="5"${req}></textarea>`
        : `<input type="text" name="${name}"${req}>`;
    return `<label>${both(f.label)}${f.required ? ' *' : ''}</label>${input}`;
  }).join('\n');
  const expires = new Date(view.expiresAt).toISOString().replace('T', ' ').slice(0, 16);
  return shell('SiteFlow 案场流', `<h2>${esc(view.project)}：${both(view.step)}</h2>
<p>${esc(view.contactName)}，您好 / Hello. 此链接仅可提交一次，有效期至 ${expires} UTC / This link works once, until ${expires} UTC.</p>
<form class="box" method="post" action="/api/external-links/${esc(token)}/page">${fields}
<label>备注 <span class="en">/ Note</span></label><textarea name="note" rows="3"></textarea>
<button type="submit">提交 / Submit</button></form>`);
}

/** Returns the confirmation page after a successful submission. Pure. */
export function thanksPage(): string {
  return shell('SiteFlow 案场流', '<div class="box"><h2>已提交，感谢您的确认 <span class="en">/ Submitted, thank you</span></h2><p>此链接现已失效。 <span class="en">/ This link can no longer be used.</span></p></div>');
}

/** Returns the bilingual error page for a refused link (expired, used, altered). Pure. */
export function errorPage(message: Message, code: string): string {
  return shell('SiteFlow 案场流', `<div class="box err"><h2>${both(message)}</h2><p class="en">${esc(code)}</p></div>`);
}
