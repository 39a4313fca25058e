// The web page at GET /: deals (table on a desktop, cards on a phone), a chart of announced value by month,
// a deal view, a company view, a subscribe form, and the stored filings (a filtered list and a filing view,
// linked both ways with the deals). One HTML shell; script and styles are served from this
// origin (assets/page.js, assets/page.css) so that the Content-Security-Policy needs no inline code. Every
// text from a filing or an article reaches the DOM through textContent, never as markup.
/** What the page's subscribe form does; see ApiDeps.subscribeForm. */
export type SubscribeForm = 'local' | 'public' | 'off';

export const pageHtml = (form: SubscribeForm): string =>
  PAGE_HTML.replace('<body>', `<body data-subscribe="${form}">`);

const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Compute-capacity deals</title>
<link rel="stylesheet" href="assets/uplot.css">
<link rel="stylesheet" href="assets/page.css">
</head>
<body>
<a class="skip" href="#main">Skip to the deals</a>
<header class="top">
  <h1><a href="#">Compute-capacity deals</a></h1>
  <p class="sub">Cloud and AI compute contracts found in SEC filings and news.
    <a href="deals.atom">Atom feed</a> · <a id="csv-link" href="deals.csv">CSV</a> · <a href="reference">API reference</a></p>
  <nav aria-label="Views"><a href="#">Deals</a> · <a href="#filings">Filings</a></nav>
</header>
<main id="main">
<section id="list-view" aria-labelledby="list-title">
  <h2 id="list-title" class="visually-hidden">Deals</h2>
  <form id="filters" role="search" aria-label="Filter deals">
    <label>Minimum value (USD billions)<input name="minB" type="number" min="0" step="0.1" inputmode="decimal" placeholder="any"></label>
    <label>Company<input name="company" list="company-names" autocomplete="off" placeholder="name, ticker or id"></label>
    <datalist id="company-names"></datalist>
    <label>Status<select name="status"><option value="">any</option><option value="signed">signed</option><option value="reported">reported</option><option value="in_talks">in talks</option><option value="terminated">terminated</option></select></label>
    <label>Kind<select name="kind"><option value="">any</option><option value="gpu_cloud">GPU cloud</option><option value="datacenter_lease">data-centre lease</option><option value="power">power</option><option value="hardware">hardware</option><option value="capacity_backstop">capacity backstop</option></select></label>
    <button type="submit">Filter</button>
  </form>
  <figure id="chart-box" aria-labelledby="chart-title">
    <figcaption><span id="chart-title">Announced contract value by month</span>
      <span class="toggle" role="radiogroup" aria-label="Stack by">
        <label><input type="radio" name="stack" value="provider" checked> by provider</label>
        <label><input type="radio" name="stack" value="buyer"> by buyer</label>
      </span>
    </figcaption>
    <div id="chart" role="img" aria-label="Stacked bars of announced contract value per month"></div>
    <p id="chart-empty" class="muted" hidden>No deal with a disclosed value to chart.</p>
  </figure>
  <div id="list-box">
    <table id="table" class="cards" aria-busy="true" aria-describedby="list-status">
      <thead><tr><th scope="col">Provider → buyer</th><th scope="col">Value</th><th scope="col">Status</th><th scope="col">Kind</th><th scope="col">Term</th><th scope="col">Announced</th><th scope="col">Evidence</th></tr></thead>
      <tbody id="deals"></tbody>
    </table>
    <p id="list-status" class="muted" aria-live="polite"></p>
    <div id="empty" hidden>No deals match.</div>
    <div id="error" role="alert" hidden></div>
  </div>
  <section id="subscribe" aria-labelledby="subscribe-title">
    <h2 id="subscribe-title">Get an alert for each new deal</h2>
    <form id="subscribe-form">
      <label>Email<input name="email" type="email" required autocomplete="email" placeholder="you@example.com"></label>
      <label>Minimum value (USD billions)<input name="minB" type="number" min="0" step="0.1" inputmode="decimal" placeholder="any"></label>
      <button type="submit">Subscribe</button>
    </form>
    <p id="subscribe-result" aria-live="polite"></p>
    <button type="button" id="test-alert" hidden>Send a test alert</button>
  </section>
</section>
<section id="deal-view" hidden aria-labelledby="deal-title">
  <p><a href="#" class="back">← All deals</a></p>
  <h2 id="deal-title" tabindex="-1"></h2>
  <dl id="deal-facts" class="facts"></dl>
  <blockquote id="deal-evidence"></blockquote>
  <h3>Timeline</h3>
  <ol id="deal-timeline" class="timeline"></ol>
  <h3>Sources</h3>
  <ul id="deal-sources" class="sources"></ul>
  <h3>Filings</h3>
  <ul id="deal-filings" class="deal-links"></ul>
</section>
<section id="company-view" hidden aria-labelledby="company-title">
  <p><a href="#" class="back">← All deals</a></p>
  <h2 id="company-title" tabindex="-1"></h2>
  <h3>As buyer</h3>
  <ul id="company-buyer" class="deal-links"></ul>
  <h3>As provider</h3>
  <ul id="company-provider" class="deal-links"></ul>
</section>
<section id="filings-view" hidden aria-labelledby="filings-title">
  <h2 id="filings-title" tabindex="-1">Filings</h2>
  <p class="muted">SEC EDGAR filings this service read, newest accepted first.</p>
  <form id="filing-filters" role="search" aria-label="Filter filings">
    <label>Company<input name="company" list="company-names" autocomplete="off" placeholder="name, ticker or CIK"></label>
    <label>Form<input name="form" list="form-types" autocomplete="off" placeholder="8-K"></label>
    <datalist id="form-types"><option value="8-K"></option><option value="8-K/A"></option><option value="6-K"></option><option value="10-Q"></option><option value="10-K"></option></datalist>
    <label>8-K item<input name="item" autocomplete="off" placeholder="1.01"></label>
    <label>Accepted from<input name="from" type="date"></label>
    <label>Accepted to<input name="to" type="date"></label>
    <label class="check"><input name="hasDeals" type="checkbox" value="true"> with deals only</label>
    <button type="submit">Filter</button>
  </form>
  <table id="filings-table" class="cards" aria-busy="false" aria-describedby="filings-status">
    <thead><tr><th scope="col">Company</th><th scope="col">Form</th><th scope="col">Items</th><th scope="col">Accepted (UTC)</th><th scope="col">Found</th><th scope="col">EDGAR</th></tr></thead>
    <tbody id="filings"></tbody>
  </table>
  <p id="filings-status" class="muted" aria-live="polite"></p>
  <div id="filings-error" class="error" role="alert" hidden></div>
  <button type="button" id="filings-more" hidden>More filings</button>
</section>
<section id="filing-view" hidden aria-labelledby="filing-title">
  <p><a href="#filings" class="back">← All filings</a></p>
  <h2 id="filing-title" tabindex="-1"></h2>
  <dl id="filing-facts" class="facts"></dl>
  <h3>Documents read</h3>
  <ul id="filing-documents" class="sources"></ul>
  <h3>Mentions found</h3>
  <ul id="filing-mentions" class="sources"></ul>
  <h3>Processing</h3>
  <ol id="filing-history" class="timeline"></ol>
</section>
</main>
<script src="assets/uplot.js"></script>
<script src="assets/page.js"></script>
</body>
</html>
`;

export const PAGE_CSS = `:root { --fg: #1b1f24; --muted: #4d5560; --line: #d0d7de; --accent: #0a58ca; --bg: #fff; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 76rem; padding: 0 1rem 3rem; color: var(--fg); background: var(--bg); }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
.skip { position: absolute; left: -9999px; } .skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .3rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.top h1 { font-size: 1.5rem; margin: 1.2rem 0 .2rem; } .top h1 a { color: inherit; text-decoration: none; }
.sub, .muted { color: var(--muted); margin-top: 0; }
form { display: flex; gap: .7rem; flex-wrap: wrap; align-items: end; margin: 1rem 0; }
label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); gap: .15rem; }
input, select, button { font: inherit; padding: .4rem .5rem; min-height: 2.4rem; border: 1px solid #8c959f; border-radius: .3rem; background: #fff; color: var(--fg); }
button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; }
figure { margin: 1rem 0; border: 1px solid var(--line); border-radius: .4rem; padding: .6rem; }
figcaption { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .5rem; font-weight: 600; }
.toggle { display: flex; gap: 1rem; font-weight: 400; } .toggle label { flex-direction: row; align-items: center; gap: .3rem; color: var(--fg); }
.toggle input { min-height: auto; }
#chart { min-height: 330px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: .8rem; color: var(--muted); }
td.value { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.when { white-space: nowrap; }
.status { border-radius: 1rem; padding: .05rem .5rem; font-size: .8rem; background: #eaeef2; white-space: nowrap; }
.status.signed { background: #dafbe1; } .status.reported { background: #fff8c5; } .status.in_talks { background: #ddf4ff; } .status.terminated { background: #ffebe9; }
.evidence { color: var(--muted); font-size: .88rem; max-width: 34rem; }
#list-box { min-height: 12rem; }
#empty, #error, .error { color: var(--muted); padding: 1rem 0; } #error, .error { color: #b3261e; }
nav { margin: .3rem 0 0; font-weight: 600; }
label.check { flex-direction: row; align-items: center; gap: .4rem; min-height: 2.4rem; color: var(--fg); }
label.check input { min-height: auto; }
#filings-more { margin-top: .8rem; }
#subscribe { border-top: 1px solid var(--line); margin-top: 2rem; }
#subscribe h2 { font-size: 1.1rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; }
.facts dt { color: var(--muted); } .facts dd { margin: 0; }
blockquote { border-left: 4px solid var(--line); margin: 1rem 0; padding: .3rem 1rem; color: var(--muted); }
.timeline { list-style: none; padding-left: 1rem; border-left: 2px solid var(--line); }
.timeline li { margin: 0 0 .8rem; position: relative; }
.timeline li::before { content: ""; position: absolute; left: -1.45rem; top: .45rem; width: .7rem; height: .7rem; border-radius: 50%; background: var(--accent); }
.timeline time, .sources time { color: var(--muted); font-size: .85rem; margin-right: .5rem; }
.sources li { margin-bottom: .8rem; } .links a { margin-right: .8rem; }
.deal-links li { margin-bottom: .4rem; }
@media (max-width: 700px) {
  body { padding: 0 .6rem 2rem; }
  table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; width: 100%; }
  table.cards tr { border: 1px solid var(--line); border-radius: .5rem; padding: .5rem .7rem; margin-bottom: .7rem; }
  table.cards td { border: 0; padding: .15rem 0; }
  table.cards td:empty { display: none; }
  table.cards td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: .8rem; }
  table.cards td.parties { font-weight: 600; font-size: 1rem; }
  table.cards td.value { text-align: left; }
  form label { flex: 1 1 10rem; }
  #chart { min-height: 260px; }
}
`;

export const PAGE_JS = `'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const text = (s) => document.createTextNode(s == null ? '' : String(s));
  const el = (tag, attrs, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v != null) e.setAttribute(k, v);
    for (const c of children) e.append(c == null ? '' : c);
    return e;
  };
  // Links from filings and articles: only http(s), never javascript: or data:.
  const safeHref = (u) => { try { const p = new URL(u, location.href); return p.protocol === 'https:' || p.protocol === 'http:' ? p.href : null; } catch { return null; } };
  const fmt = (v) => v == null ? 'undisclosed' : v >= 1e9 ? '$' + (+(v / 1e9).toFixed(2)) + 'B' : '$' + (+(v / 1e6).toFixed(1)) + 'M';
  const words = (s) => String(s).replace(/_/g, ' ');
  const day = (iso) => iso ? iso.slice(0, 10) : '';
  const term = (d) => d.endDate ? 'to ' + d.endDate : d.termYears ? d.termYears + ' years' : '';
  const dealLink = (d) => el('a', { href: '#deal/' + encodeURIComponent(d.id) }, d.provider.name + ' → ' + d.buyer.name);
  const companyLink = (c) => el('a', { href: '#company/' + encodeURIComponent(c.id) }, c.name);

  async function api(path, init) {
    const res = await fetch(path, init);
    const body = res.status === 204 ? null : await res.json();
    if (!res.ok) throw new Error(body && body.title ? body.title + ': ' + body.detail : 'HTTP ' + res.status);
    return body;
  }

  function filterQuery() {
    const f = new FormData($('filters'));
    const q = new URLSearchParams();
    // Rounded: 8.3 * 1e9 is 8300000000.000001 in floating point, which would hide a deal of exactly $8.3B.
    if (f.get('minB')) q.set('minValueUsd', String(Math.round(Number(f.get('minB')) * 1e9)));
    const company = String(f.get('company') || '').trim();
    if (company) q.set('company', company);
    for (const k of ['status', 'kind']) if (f.get(k)) q.set(k, String(f.get(k)));
    return q;
  }

  /** Every deal of the filter, following the cursor (bounded). */
  async function allDeals(q) {
    const out = [];
    let cursor = null;
    for (let i = 0; i < 20; i++) {
      const page = new URLSearchParams(q);
      page.set('limit', '100');
      if (cursor) page.set('cursor', cursor);
      const body = await api('deals?' + page);
      out.push(...body.deals);
      cursor = body.cursor;
      if (!cursor) break;
    }
    return out;
  }

  /** A row's cell adder: an empty cell carries no label, so that a phone card leaves it out. */
  const cellsOf = (tr) => (content, cls, label) => tr.append(content === '' ? el('td', { class: cls }) : el('td', { class: cls, 'data-label': label }, content));
  function row(d) {
    const tr = el('tr', { 'data-deal-id': d.id });
    const cell = cellsOf(tr);
    cell(dealLink(d), 'parties');
    cell(text(fmt(d.valueUsd)), 'value', 'Value');
    cell(el('span', { class: 'status ' + d.status }, words(d.status) + (d.confirmedByFiling ? ' (filing)' : '')), null, 'Status');
    cell(text(words(d.kind)), null, 'Kind');
    cell(term(d), null, 'Term');
    cell(el('time', { datetime: d.announcedAt }, day(d.announcedAt)), 'when', 'Announced');
    cell(text(d.evidence), 'evidence');
    return tr;
  }

  // ---- chart: announced value by month, stacked by provider or buyer --------------------------------------
  const COLORS = ['#0a58ca', '#d63384', '#198754', '#fd7e14', '#6f42c1', '#20c997', '#6c757d'];
  let chart = null;
  let chartDeals = [];
  function drawChart() {
    const box = $('chart');
    const by = document.querySelector('input[name="stack"]:checked').value;
    const valued = chartDeals.filter((d) => d.valueUsd != null);
    if (chart) { chart.destroy(); chart = null; }
    $('chart-empty').hidden = valued.length > 0;
    box.hidden = valued.length === 0;
    if (!valued.length) return;
    // Every month from the first to the last, empty ones included, evenly spaced.
    const seen = valued.map((d) => d.announcedAt.slice(0, 7)).sort();
    const months = [];
    for (let y = +seen[0].slice(0, 4), m = +seen[0].slice(5, 7); months.length < 240; m === 12 ? (y++, m = 1) : m++) {
      const key = y + '-' + String(m).padStart(2, '0');
      months.push(key);
      if (key >= seen[seen.length - 1]) break;
    }
    const totals = new Map();
    for (const d of valued) { const k = d[by].name; totals.set(k, (totals.get(k) || 0) + d.valueUsd); }
    const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
    const groups = ranked.length > 7 ? [...ranked.slice(0, 6), 'Other'] : ranked;
    const groupOf = (d) => groups.includes(d[by].name) ? d[by].name : 'Other';
    const per = groups.map((g) => months.map((m) => valued.filter((d) => groupOf(d) === g && d.announcedAt.startsWith(m)).reduce((s, d) => s + d.valueUsd, 0)));
    // uPlot has no stacking: each series is drawn as the running total up to its group, tallest first, so
    // that each group shows as its own band.
    const stacked = per.map((_, i) => months.map((__, j) => per.slice(0, i + 1).reduce((s, p) => s + p[j], 0) / 1e9));
    const order = groups.map((_, i) => i).reverse();
    const xs = months.map((_, i) => i);
    const bars = uPlot.paths.bars({ size: [0.7, 60] });
    const opts = {
      width: Math.max(280, box.clientWidth || 600),
      height: window.innerWidth <= 700 ? 240 : 300,
      scales: { x: { time: false, range: [-0.5, months.length - 0.5] } },
      legend: { live: false },
      cursor: { show: false },
      series: [{}, ...order.map((i) => ({ label: groups[i], fill: COLORS[i % COLORS.length], stroke: COLORS[i % COLORS.length], width: 0, paths: bars, points: { show: false } }))],
      axes: [
        { splits: () => xs, values: (u, vals) => vals.map((v) => months[v] || '') },
        { size: 64, values: (u, vals) => vals.map((v) => '$' + v + 'B') },
      ],
    };
    chart = new uPlot(opts, [xs, ...order.map((i) => stacked[i])], box);
    box.setAttribute('aria-label', 'Announced contract value by month, stacked by ' + by + ': ' + groups.map((g, i) => g + ' ' + fmt(per[i].reduce((s, v) => s + v, 0))).join(', '));
  }
  document.querySelectorAll('input[name="stack"]').forEach((r) => r.addEventListener('change', drawChart));
  let resizeTimer = 0;
  window.addEventListener('resize', () => { clearTimeout(resizeTimer); resizeTimer = setTimeout(drawChart, 150); });

  // ---- the list -------------------------------------------------------------------------------------------
  // Each load supersedes the previous one: a slow earlier response must not add its rows to a newer result.
  let latest = 0;
  async function load() {
    const mine = ++latest;
    const q = filterQuery();
    const table = $('table'), body = $('deals'), err = $('error'), empty = $('empty');
    table.setAttribute('aria-busy', 'true');
    $('csv-link').setAttribute('href', 'deals.csv?' + q);
    let deals = null, failure = null;
    try { deals = await allDeals(q); } catch (e) { failure = e; }
    if (mine !== latest) return;
    body.replaceChildren();
    err.hidden = !failure; empty.hidden = true;
    if (failure) { err.textContent = 'Could not load deals: ' + failure.message; deals = []; }
    for (const d of deals) body.append(row(d));
    empty.hidden = !!failure || deals.length > 0;
    $('list-status').textContent = failure ? '' : deals.length + (deals.length === 1 ? ' deal' : ' deals');
    const names = new Set();
    for (const d of deals) { names.add(d.buyer.name); names.add(d.provider.name); }
    if (!q.toString()) $('company-names').replaceChildren(...[...names].sort().map((n) => el('option', { value: n })));
    chartDeals = deals;
    drawChart();
    table.setAttribute('aria-busy', 'false');
  }
  $('filters').addEventListener('submit', (e) => { e.preventDefault(); load(); });

  // ---- deal and company views -----------------------------------------------------------------------------
  const EVENT_WORDS = { created: 'First reported', status_up: 'Status up', value_up: 'Value up', value_down: 'Value down', expanded: 'Expanded', terminated: 'Terminated', term_changed: 'Term changed', confirmed_by_filing: 'Confirmed by a filing', source_added: 'Another source' };
  function fact(dl, name, value) { dl.append(el('dt', {}, name), el('dd', {}, value)); }
  async function showDeal(id) {
    const title = $('deal-title');
    title.textContent = 'Loading…';
    $('deal-facts').replaceChildren(); $('deal-timeline').replaceChildren(); $('deal-sources').replaceChildren(); $('deal-evidence').textContent = '';
    let d;
    try { d = await api('deals/' + encodeURIComponent(id)); } catch (e) { title.textContent = 'Could not load the deal: ' + e.message; return; }
    title.textContent = d.provider.name + ' → ' + d.buyer.name;
    const facts = $('deal-facts');
    fact(facts, 'Provider', companyLink(d.provider));
    fact(facts, 'Buyer', companyLink(d.buyer));
    fact(facts, 'Value', (d.valueText ? d.valueText + ' · ' : '') + fmt(d.valueUsd));
    fact(facts, 'Term', term(d) || 'not stated');
    fact(facts, 'Status', words(d.status) + (d.confirmedByFiling ? ', confirmed by a filing' : ''));
    fact(facts, 'Kind', words(d.kind));
    fact(facts, 'Announced', day(d.announcedAt));
    fact(facts, 'First processed', d.firstSeenAt.slice(0, 16).replace('T', ' ') + ' UTC');
    $('deal-evidence').textContent = d.evidence;
    const timeline = $('deal-timeline');
    for (const e of d.history) {
      timeline.append(el('li', {}, el('time', { datetime: e.at }, e.at.slice(0, 16).replace('T', ' ')), el('strong', {}, EVENT_WORDS[e.type] || words(e.type)), text(' · ' + words(e.status) + ' · ' + fmt(e.valueUsd) + ' · ' + e.sourceId)));
    }
    const sources = $('deal-sources');
    for (const s of d.sources) {
      const links = el('span', { class: 'links' });
      const add = (label, u) => { const h = safeHref(u); if (h) links.append(el('a', { href: h, rel: 'noopener noreferrer' }, label)); };
      if (s.kind === 'filing') { add('Filing index', s.filingIndexUrl); add('Document (' + (s.documentType || s.formType || 'text') + ')', s.documentUrl); }
      else add('Article', s.url);
      sources.append(el('li', {}, el('time', { datetime: s.publishedAt || '' }, day(s.publishedAt)), el('strong', {}, s.title || s.id), text(s.kind === 'filing' ? ' · ' + (s.formType || '') + ' ' + (s.documentType || '') : ' · ' + (s.feedId || 'news')), el('br'), links));
    }
    title.focus();
    const filings = $('deal-filings');
    try {
      const body = await api('deals/' + encodeURIComponent(d.id) + '/filings');
      filings.replaceChildren(...(body.filings.length ? body.filings.map((f) => el('li', {}, filingLink(f), text(' · accepted ' + minute(f.acceptedAt) + ' UTC'))) : [el('li', { class: 'muted' }, 'none: news only')]));
    } catch (e) { filings.replaceChildren(el('li', { class: 'error' }, 'Could not load its filings: ' + e.message)); }
  }
  async function showCompany(id) {
    const title = $('company-title');
    title.textContent = 'Loading…';
    $('company-buyer').replaceChildren(); $('company-provider').replaceChildren();
    let deals;
    try { deals = await allDeals(new URLSearchParams({ company: id })); } catch (e) { title.textContent = 'Could not load the company: ' + e.message; return; }
    const me = deals.map((d) => (d.buyer.id === id ? d.buyer : d.provider.id === id ? d.provider : null)).find(Boolean);
    title.textContent = me ? me.name : id;
    const item = (d) => el('li', {}, dealLink(d), text(' · ' + fmt(d.valueUsd) + ' · ' + words(d.status) + ' · ' + day(d.announcedAt)));
    const fill = (list, items) => list.replaceChildren(...(items.length ? items.map(item) : [el('li', { class: 'muted' }, 'none')]));
    fill($('company-buyer'), deals.filter((d) => d.buyer.id === id));
    fill($('company-provider'), deals.filter((d) => d.provider.id === id));
    title.focus();
  }
  // ---- filings: a filtered list, paged by cursor, and one filing's documents, mentions and history ----------
  const minute = (iso) => iso ? iso.slice(0, 16).replace('T', ' ') : '';
  const filingLink = (f) => el('a', { href: '#filing/' + encodeURIComponent(f.accession) }, f.formType + ' ' + f.accession + ' · ' + f.company);
  const size = (n) => n >= 1e6 ? (n / 1e6).toFixed(1) + ' MB' : n >= 1e3 ? Math.round(n / 1e3) + ' KB' : n + ' bytes';
  const dealIdsOf = (f) => [...new Set((f.mentions || []).map((m) => m.dealId).filter(Boolean))];
  function found(f) {
    const deals = dealIdsOf(f);
    if (deals.length) {
      const span = el('span', { class: 'links' });
      deals.forEach((id, i) => span.append(i ? ', ' : '', el('a', { href: '#deal/' + encodeURIComponent(id) }, id)));
      return span;
    }
    if (f.state === 'skipped' || f.state === 'failed') return words(f.state) + (f.reason ? ': ' + f.reason : '');
    return f.state === 'done' ? 'no deal' : words(f.state);
  }
  function filingRow(f) {
    const tr = el('tr', { 'data-accession': f.accession });
    const cell = cellsOf(tr);
    cell(el('a', { href: '#filing/' + encodeURIComponent(f.accession) }, f.company), 'parties');
    cell(text(f.formType), null, 'Form');
    cell(f.items.join(', '), null, 'Items');
    cell(el('time', { datetime: f.acceptedAt }, minute(f.acceptedAt)), 'when', 'Accepted');
    cell(found(f), null, 'Found');
    const index = safeHref(f.indexUrl);
    cell(index ? el('a', { href: index, rel: 'noopener noreferrer' }, 'Filing index') : '', null, 'EDGAR');
    return tr;
  }
  function filingFilterQuery() {
    const f = new FormData($('filing-filters'));
    const q = new URLSearchParams();
    for (const k of ['company', 'form', 'item', 'from', 'to']) { const v = String(f.get(k) || '').trim(); if (v) q.set(k, v); }
    if (f.get('hasDeals')) q.set('hasDeals', 'true');
    return q;
  }
  let filingsQuery = null, filingsCursor = null, filingsShown = 0, filingsLatest = 0;
  async function loadFilings(more) {
    const mine = ++filingsLatest;
    if (!more) { filingsQuery = filingFilterQuery(); filingsCursor = null; }
    const q = new URLSearchParams(filingsQuery);
    q.set('limit', '50');
    if (more && filingsCursor) q.set('cursor', filingsCursor);
    const table = $('filings-table'), err = $('filings-error');
    table.setAttribute('aria-busy', 'true');
    let body = null, failure = null;
    try { body = await api('filings?' + q); } catch (e) { failure = e; }
    if (mine !== filingsLatest) return;
    if (!more) { $('filings').replaceChildren(); filingsShown = 0; }
    err.hidden = !failure;
    if (failure) { err.textContent = 'Could not load filings: ' + failure.message; filingsCursor = null; }
    else {
      for (const f of body.filings) $('filings').append(filingRow(f));
      filingsShown += body.filings.length;
      filingsCursor = body.cursor;
    }
    $('filings-more').hidden = !filingsCursor;
    $('filings-status').textContent = failure ? '' : filingsShown === 0 ? 'No filings match.' : filingsShown + (filingsShown === 1 ? ' filing' : ' filings') + (filingsCursor ? ', more below' : '');
    table.setAttribute('aria-busy', 'false');
  }
  $('filing-filters').addEventListener('submit', (e) => { e.preventDefault(); loadFilings(false); });
  $('filings-more').addEventListener('click', () => loadFilings(true));

  async function showFiling(accession) {
    const title = $('filing-title');
    title.textContent = 'Loading…';
    for (const id of ['filing-facts', 'filing-documents', 'filing-mentions', 'filing-history']) $(id).replaceChildren();
    let f;
    try { f = await api('filings/' + encodeURIComponent(accession)); } catch (e) { title.textContent = 'Could not load the filing: ' + e.message; return; }
    title.textContent = f.company + ' · ' + f.formType + ' · ' + f.accession;
    const facts = $('filing-facts');
    fact(facts, 'Company', f.company + ' (CIK ' + f.cik + ')');
    fact(facts, 'Form', f.formType + (f.items.length ? ', items ' + f.items.join(', ') : ''));
    fact(facts, 'Accepted', minute(f.acceptedAt) + ' UTC');
    fact(facts, 'State', words(f.state) + (f.reason ? ': ' + f.reason : ''));
    const links = el('span', { class: 'links' });
    for (const [label, u] of [['Filing index', f.indexUrl], ['Full submission', f.fullTextUrl]]) { const h = safeHref(u); if (h) links.append(el('a', { href: h, rel: 'noopener noreferrer' }, label)); }
    fact(facts, 'On EDGAR', links);
    const none = (what) => el('li', { class: 'muted' }, what);
    const docs = (f.documents || []).map((d) => {
      const h = safeHref(d.url);
      return el('li', {}, el('strong', {}, d.type), text((d.description && d.description !== d.type ? ' · ' + d.description : '') + ' · ' + size(d.sizeBytes) + ' '), h ? el('a', { href: h, rel: 'noopener noreferrer' }, 'Open') : '');
    });
    $('filing-documents').replaceChildren(...(docs.length ? docs : [none('none recorded')]));
    const mentions = (f.mentions || []).map((m) => el('li', {},
      el('strong', {}, m.provider.name + ' → ' + m.buyer.name),
      text(' · ' + fmt(m.valueUsd) + ' · ' + words(m.status) + ' · ' + words(m.kind) + ' · confidence ' + Number(m.confidence).toFixed(2) + (m.documentType ? ' · in ' + m.documentType : '')),
      el('br'), el('span', { class: 'evidence' }, m.evidence), el('br'),
      m.dealId ? el('a', { href: '#deal/' + encodeURIComponent(m.dealId) }, 'Deal ' + m.dealId) : el('span', { class: 'muted' }, 'merged into no deal')));
    $('filing-mentions').replaceChildren(...(mentions.length ? mentions : [none('none')]));
    $('filing-history').replaceChildren(...(f.history || []).map((h) => el('li', {}, el('time', { datetime: h.at }, minute(h.at)), el('strong', {}, words(h.state)), text(h.reason ? ' · ' + h.reason : ''))));
    title.focus();
  }

  const VIEWS = { deal: 'deal-view', company: 'company-view', filings: 'filings-view', filing: 'filing-view' };
  function route() {
    const [kind, raw] = location.hash.slice(1).split('/');
    const id = raw ? decodeURIComponent(raw) : '';
    $('list-view').hidden = Object.hasOwn(VIEWS, kind);
    for (const [k, view] of Object.entries(VIEWS)) $(view).hidden = kind !== k;
    if (kind === 'deal' && id) showDeal(id);
    else if (kind === 'company' && id) showCompany(id);
    else if (kind === 'filing' && id) showFiling(id);
    else if (kind === 'filings') { if (filingsQuery === null) loadFilings(false); }
    else if (chart) requestAnimationFrame(drawChart);
  }
  window.addEventListener('hashchange', route);

  // ---- subscribe ------------------------------------------------------------------------------------------
  // local: the full API (no IAM in front), with a test alert; public: the deployment's email-only form; off: none.
  const form = document.body.dataset.subscribe;
  $('subscribe').hidden = form === 'off';
  let subscriptionId = null;
  $('subscribe-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = new FormData(e.target);
    const out = $('subscribe-result');
    const email = String(f.get('email') || '').trim();
    const minValueUsd = f.get('minB') ? Math.round(Number(f.get('minB')) * 1e9) : undefined;
    if (form === 'public') {
      try {
        const done = await api('subscribe', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, minValueUsd }) });
        out.textContent = 'Thank you: ' + done.note + '.';
      } catch (err) { out.textContent = 'Could not subscribe: ' + err.message; }
      return;
    }
    const body = { channel: 'email', endpoint: email };
    if (minValueUsd !== undefined) body.minValueUsd = minValueUsd;
    try {
      const sub = await api('subscriptions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      subscriptionId = sub.id;
      out.textContent = 'Subscribed ' + sub.endpoint + '.' + (sub.note ? ' ' + sub.note + '.' : '');
      $('test-alert').hidden = false;
    } catch (err) { out.textContent = 'Could not subscribe: ' + err.message; }
  });
  $('test-alert').addEventListener('click', async () => {
    const out = $('subscribe-result');
    try {
      const alert = await api('subscriptions/' + encodeURIComponent(subscriptionId) + '/test', { method: 'POST' });
      out.textContent = 'Test alert sent to ' + alert.endpoint + ': ' + alert.subject;
    } catch (err) { out.textContent = 'Could not send a test alert: ' + err.message; }
  });

  route();
  load();
})();
`;
