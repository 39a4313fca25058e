// The small web page served at GET /: the newest deals, filterable, read from the same JSON API.
export const PAGE_CSS = `
  body { font: 14px/1.4 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1f24; }
  h1 { font-size: 1.4rem; margin-bottom: .2rem; }
  p.sub { color: #57606a; margin-top: 0; }
  form { display: flex; gap: .6rem; flex-wrap: wrap; align-items: end; margin: 1rem 0; }
  label { display: flex; flex-direction: column; font-size: .8rem; color: #57606a; }
  input, select, button { font: inherit; padding: .3rem .4rem; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: .45rem .5rem; border-bottom: 1px solid #d0d7de; vertical-align: top; }
  th { font-size: .8rem; color: #57606a; }
  td.value { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  .status { border-radius: 1rem; padding: .05rem .5rem; font-size: .8rem; background: #eaeef2; white-space: nowrap; }
  .status.signed { background: #dafbe1; } .status.reported { background: #fff8c5; } .status.in_talks { background: #ddf4ff; }
  .evidence { color: #57606a; font-size: .85rem; max-width: 36rem; }
  #empty, #error { color: #57606a; padding: 1rem 0; }
  #error { color: #cf222e; }
`;

export const PAGE_JS = `
const fmt = (v) => v == null ? 'undisclosed' : v >= 1e9 ? '$' + (+(v / 1e9).toFixed(2)) + 'B' : '$' + (+(v / 1e6).toFixed(1)) + 'M';
const text = (s) => document.createTextNode(s == null ? '' : String(s));
function cell(row, content, cls) { const td = document.createElement('td'); if (cls) td.className = cls; td.append(content); row.append(td); }
// Each load supersedes the previous one: a slow earlier response must not add its rows to a newer result.
let latest = 0;
async function load() {
  const mine = ++latest;
  const f = new FormData(document.getElementById('filters'));
  const q = new URLSearchParams({ limit: '100' });
  // Rounded: 8.3 * 1e9 is 8300000000.000001 in floating point, which would hide a deal of exactly $8.3B.
  if (f.get('minB')) q.set('minValueUsd', String(Math.round(Number(f.get('minB')) * 1e9)));
  if (f.get('company')) q.set('company', String(f.get('company')).trim().toLowerCase());
  if (f.get('status')) q.set('status', String(f.get('status')));
  const table = document.getElementById('table'), body = document.getElementById('deals');
  const err = document.getElementById('error'), empty = document.getElementById('empty');
  table.setAttribute('aria-busy', 'true');
  let data = null, failure = null;
  try {
    const res = await fetch('deals?' + q);
    data = await res.json();
    if (!res.ok) throw new Error(data.title + ': ' + data.detail);
  } catch (e) { failure = e; }
  if (mine !== latest) return;
  body.replaceChildren();
  err.hidden = !failure; empty.hidden = true;
  if (failure) err.textContent = 'Could not load deals: ' + failure.message;
  else {
    for (const d of data.deals) {
      const row = document.createElement('tr');
      row.dataset.dealId = d.id;
      cell(row, text(d.provider.name + ' → ' + d.buyer.name));
      cell(row, text(fmt(d.valueUsd)), 'value');
      const s = document.createElement('span'); s.className = 'status ' + d.status; s.append(text(d.status.replace('_', ' ') + (d.confirmedByFiling ? ' (filing)' : ''))); cell(row, s);
      cell(row, text(d.kind.replace('_', ' ')));
      cell(row, text(d.endDate ? 'to ' + d.endDate : d.termYears ? d.termYears + ' years' : ''));
      cell(row, text(d.evidence), 'evidence');
      cell(row, text(d.updatedAt.slice(0, 16).replace('T', ' ')));
      body.append(row);
    }
    empty.hidden = data.deals.length > 0;
  }
  table.setAttribute('aria-busy', 'false');
}
document.getElementById('filters').addEventListener('submit', (e) => { e.preventDefault(); load(); });
load();
`;

export const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Compute-capacity deals</title>
<link rel="stylesheet" href="assets/page.css">
</head>
<body>
<h1>Compute-capacity deals</h1>
<p class="sub">Cloud / AI compute contracts found in SEC filings and news. <a href="deals.atom">Atom feed</a></p>
<form id="filters">
  <label>Minimum value (USD billions)<input name="minB" type="number" min="0" step="0.1" placeholder="any"></label>
  <label>Company id<input name="company" placeholder="e.g. meta"></label>
  <label>Status<select name="status"><option value="">any</option><option>signed</option><option>reported</option><option value="in_talks">in talks</option><option>terminated</option></select></label>
  <button type="submit">Filter</button>
</form>
<table id="table" aria-busy="true">
  <thead><tr><th>Provider → buyer</th><th>Value</th><th>Status</th><th>Kind</th><th>Term</th><th>Evidence</th><th>Updated</th></tr></thead>
  <tbody id="deals"></tbody>
</table>
<div id="empty" hidden>No deals match.</div>
<div id="error" hidden></div>
<script src="assets/page.js"></script>
</body>
</html>
`;
