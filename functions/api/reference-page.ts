// The API reference at GET /reference: a small page that renders /openapi.json in the browser, with nothing
// fetched from elsewhere (it works offline, and the Content-Security-Policy allows only this origin).
export const REFERENCE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API reference · Compute-capacity deals</title>
<link rel="stylesheet" href="assets/page.css">
</head>
<body class="reference">
<header class="top"><h1>API reference</h1><p class="sub"><a href="./">Deals</a> · <a href="openapi.json">openapi.json</a> (OpenAPI 3.1)</p></header>
<main id="reference" aria-busy="true"><p>Loading the document…</p></main>
<script src="assets/reference.js"></script>
</body>
</html>
`;

export const REFERENCE_JS = `'use strict';
(function () {
  const el = (tag, attrs, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    for (const c of children) e.append(c == null ? '' : c);
    return e;
  };
  const refName = (s) => (s && s.$ref ? s.$ref.split('/').pop() : null);
  function typeOf(s) {
    if (!s) return '';
    const ref = refName(s);
    if (ref) return ref;
    if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
    if (s.anyOf || s.oneOf) return (s.anyOf || s.oneOf).map(typeOf).join(' | ');
    const t = Array.isArray(s.type) ? s.type.join(' | ') : s.type || '';
    if (t === 'array') return typeOf(s.items) + '[]';
    return t + (s.format ? ' (' + s.format + ')' : '');
  }
  function schemaLink(s) {
    const name = refName(s) || refName(s && s.items);
    if (!name) return typeOf(s);
    return el('a', { href: '#schema-' + name }, typeOf(s));
  }
  function properties(schema) {
    const table = el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Field'), el('th', {}, 'Type'), el('th', {}, 'Description'))));
    const body = el('tbody');
    const required = new Set(schema.required || []);
    for (const [name, p] of Object.entries(schema.properties || {})) {
      body.append(el('tr', {}, el('td', {}, el('code', {}, name), required.has(name) ? '' : ' (optional)'), el('td', {}, schemaLink(p)), el('td', {}, p.description || '')));
    }
    table.append(body);
    return table;
  }
  function operation(path, method, op) {
    const id = (method + path).replace(/[^a-z0-9]+/gi, '-');
    const section = el('section', { class: 'op', id },
      el('h3', {}, el('span', { class: 'method ' + method }, method.toUpperCase()), ' ', el('code', {}, path)),
      el('p', {}, op.summary || ''));
    const params = op.parameters || [];
    if (params.length) {
      const body = el('tbody');
      for (const p of params) body.append(el('tr', {}, el('td', {}, el('code', {}, p.name)), el('td', {}, p.in + (p.required ? ', required' : '')), el('td', {}, typeOf(p.schema)), el('td', {}, (p.schema && p.schema.description) || p.description || '')));
      section.append(el('h4', {}, 'Parameters'), el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Name'), el('th', {}, 'In'), el('th', {}, 'Type'), el('th', {}, 'Description'))), body));
    }
    const reqBody = op.requestBody && op.requestBody.content;
    if (reqBody) section.append(el('h4', {}, 'Body'), el('p', {}, ...Object.entries(reqBody).map(([type, c]) => el('span', {}, el('code', {}, type), ' ', schemaLink(c.schema), ' '))));
    const list = el('ul', { class: 'responses' });
    for (const [status, r] of Object.entries(op.responses || {})) {
      const types = Object.entries(r.content || {}).map(([type, c]) => el('span', {}, ' ', el('code', {}, type), ' ', schemaLink(c.schema)));
      list.append(el('li', {}, el('strong', {}, status), ' ', r.description || '', ...types));
    }
    section.append(el('h4', {}, 'Responses'), list);
    return section;
  }
  async function render() {
    const root = document.getElementById('reference');
    try {
      const res = await fetch('openapi.json');
      const doc = await res.json();
      const parts = [el('p', {}, doc.info.description || '')];
      const nav = el('ul', { class: 'toc' });
      const ops = [];
      for (const [path, item] of Object.entries(doc.paths)) {
        for (const [method, op] of Object.entries(item)) {
          const section = operation(path, method, op);
          nav.append(el('li', {}, el('a', { href: '#' + section.id }, method.toUpperCase() + ' ' + path)));
          ops.push(section);
        }
      }
      parts.push(el('nav', { 'aria-label': 'Operations' }, nav), el('h2', {}, 'Operations'), ...ops, el('h2', {}, 'Schemas'));
      for (const [name, schema] of Object.entries((doc.components && doc.components.schemas) || {})) {
        parts.push(el('section', { class: 'schema', id: 'schema-' + name }, el('h3', {}, name), el('p', {}, schema.description || ''), properties(schema)));
      }
      root.replaceChildren(...parts);
    } catch (e) {
      root.replaceChildren(el('p', { role: 'alert' }, 'Could not load openapi.json: ' + e.message));
    }
    root.setAttribute('aria-busy', 'false');
  }
  render();
})();
`;
