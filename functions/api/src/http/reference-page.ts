/**
 * The interactive API reference at `/v1/docs`: one static page that reads
 * `/v1/openapi.json` and renders it — operations by tag, parameters, bodies,
 * responses — with a small "try it" form. Nothing is loaded from elsewhere
 * (the portal and the embedded stack run without the internet), and the
 * Content-Security-Policy below holds the page to its own origin.
 */
export const REFERENCE_PAGE_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function referencePage(documentUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Carillon API reference</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1b1f24; background: #fafbfc; }
  header { padding: 1rem 2rem; background: #1b3a5c; color: #fff; }
  main { max-width: 60rem; margin: 0 auto; padding: 1rem 2rem 4rem; }
  h2 { margin-top: 2rem; border-bottom: 1px solid #d0d7de; }
  details { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; margin: .5rem 0; }
  summary { cursor: pointer; padding: .5rem .75rem; font-family: ui-monospace, monospace; }
  .method { display: inline-block; min-width: 4.5rem; font-weight: 700; text-transform: uppercase; }
  .get { color: #116329; } .post { color: #0550ae; } .patch { color: #953800; } .delete { color: #a40e26; }
  .body { padding: 0 1rem 1rem; }
  pre { background: #f6f8fa; padding: .75rem; overflow: auto; border-radius: 4px; font-size: 13px; }
  table { border-collapse: collapse; } td, th { text-align: left; padding: .2rem .75rem .2rem 0; vertical-align: top; }
  input, textarea { font: 13px ui-monospace, monospace; width: 100%; box-sizing: border-box; }
  button { margin-top: .5rem; }
</style>
</head>
<body>
<header><strong>Carillon API</strong> <span id="version"></span> — <a style="color:#9cf" href="${documentUrl}">OpenAPI document</a></header>
<main id="root"><p>Loading ${documentUrl} …</p></main>
<script>
(async () => {
  const root = document.getElementById('root');
  const doc = await (await fetch(${JSON.stringify(documentUrl)})).json();
  document.getElementById('version').textContent = doc.info.version;
  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
    for (const child of children) node.append(child);
    return node;
  };
  const resolve = (schema) => {
    const ref = schema && schema.$ref;
    return ref ? doc.components.schemas[ref.split('/').pop()] : schema;
  };
  const json = (value) => el('pre', {}, JSON.stringify(value, null, 2));
  const byTag = new Map();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const tag = (op.tags && op.tags[0]) || 'Other';
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag).push({ path, method, op });
    }
  }
  root.replaceChildren(el('p', {}, doc.info.description || ''));
  for (const [tag, ops] of byTag) {
    root.append(el('h2', {}, tag));
    for (const { path, method, op } of ops) {
      const body = el('div', { class: 'body' }, el('p', {}, op.description || op.summary || ''));
      if (op.parameters && op.parameters.length) {
        const rows = op.parameters.map((p) =>
          el('tr', {}, el('td', {}, el('code', {}, p.name)), el('td', {}, p.in), el('td', {}, p.required ? 'required' : ''), el('td', {}, p.description || '')));
        body.append(el('h4', {}, 'Parameters'), el('table', {}, ...rows));
      }
      const requestSchema = op.requestBody && op.requestBody.content['application/json'];
      if (requestSchema) body.append(el('h4', {}, 'Request body'), json(resolve(requestSchema.schema)));
      body.append(el('h4', {}, 'Responses'));
      for (const [status, response] of Object.entries(op.responses || {})) body.append(el('div', {}, el('code', {}, status), ' ', response.description));
      const url = el('input', { value: ((doc.servers && doc.servers[0] && doc.servers[0].url) || '') + path });
      const payload = el('textarea', { rows: '4', placeholder: 'JSON body' });
      const output = el('pre', {}, '');
      const send = el('button', { type: 'button' }, 'Send');
      send.addEventListener('click', async () => {
        const csrf = (document.cookie.match(/__Host-carillon-csrf=([^;]+)/) || [])[1];
        const headers = { 'content-type': 'application/json' };
        if (csrf) headers['x-csrf-token'] = csrf;
        const response = await fetch(url.value, { method: method.toUpperCase(), headers, body: method === 'get' || method === 'delete' ? undefined : payload.value || undefined });
        output.textContent = response.status + ' ' + response.statusText + '\\n' + await response.text();
      });
      body.append(el('h4', {}, 'Try it (uses your portal session)'), url, method === 'get' || method === 'delete' ? '' : payload, send, output);
      root.append(el('details', {}, el('summary', {}, el('span', { class: 'method ' + method }, method), path, ' — ', op.summary || ''), body));
    }
  }
})().catch((error) => { document.getElementById('root').textContent = 'Could not load the API document: ' + error; });
</script>
</body>
</html>`;
}
