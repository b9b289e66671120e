/** Returns the self-contained HTML page listing the operations of /api/openapi.json (no CDN). Pure. */
export function docsPage(): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>SiteFlow 案场流 API 文档 / API docs</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:16px;color:#1f2329}
h1{font-size:20px}h2{font-size:16px;margin-top:24px;border-bottom:1px solid #e5e6eb}details{border:1px solid #e5e6eb;border-radius:6px;margin:6px 0;padding:6px 10px}
summary{cursor:pointer}code,pre{font-family:ui-monospace,monospace;font-size:12px}pre{background:#f7f8fa;padding:8px;overflow:auto;max-height:360px}
.m{display:inline-block;min-width:56px;font-weight:600;text-transform:uppercase}.get{color:#00a870}.post{color:#0052d9}.put{color:#e37318}.patch{color:#8e56dd}.delete{color:#d54941}</style></head>
<body><h1>SiteFlow 案场流 API</h1><p>OpenAPI 3.1: <a href="/api/openapi.json">/api/openapi.json</a>. 错误格式 / errors: <code>{ code, message: { zh, en }, issues }</code>.</p>
<div id="ops">加载中… / Loading…</div>
<script src="/api/docs.js"></script></body></html>`;
}

/** Returns the script of the docs page (served from /api/docs.js so the CSP needs no inline scripts). Pure. */
export function docsScript(): string {
  return `fetch('/api/openapi.json').then(r=>r.json()).then(doc=>{
  const byTag={};
  for(const [path,ops] of Object.entries(doc.paths)) for(const [m,op] of Object.entries(ops)) (byTag[op.tags[0]]??=[]).push({path,m,op});
  const esc=s=>String(s).replace(/[&<>"]/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
  const root=document.getElementById('ops'); root.textContent='';
  for(const [tag,list] of Object.entries(byTag)){
    const h=document.createElement('h2'); h.textContent=tag; root.append(h);
    for(const {path,m,op} of list){
      const d=document.createElement('details');
      d.innerHTML='<summary><span class="m '+m+'">'+m+'</span> <code>'+esc(path)+'</code> — '+esc(op.summary)+'</summary><pre>'+esc(JSON.stringify({parameters:op.parameters,requestBody:op.requestBody,responses:op.responses},null,2))+'</pre>';
      root.append(d);
    }
  }
});
`;
}
