// Quotewire's web interface. Text from the API is put in the page with
// textContent; the only HTML taken from the API is a highlight, which the
// server escapes and in which only <mark> tags are kept.
'use strict';

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text') e.textContent = v; else if (k === 'class') e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
};

// safeHighlight keeps <mark> and </mark> and escapes any other markup.
function safeHighlight(html) {
  return html.replace(/<(?!\/?mark>)/g, '&lt;');
}

function showError(msg) {
  $('error').hidden = !msg;
  $('error').textContent = msg || '';
}

// ---- API key ----
// When the server runs with API_KEYS, every API call needs a key. The page
// asks for it once, keeps it in sessionStorage (gone when the tab closes)
// and sends it as X-API-Key.
const KEY = 'quotewire-api-key';
function apiKey() { try { return sessionStorage.getItem(KEY) || ''; } catch (e) { return ''; } }
let keyRetry = null;

function askForKey(message, retry) {
  keyRetry = retry;
  $('key-message').textContent = message;
  $('key-form').hidden = false;
  $('key').focus();
}

function saveKey(ev) {
  ev.preventDefault();
  const k = $('key').value.trim();
  if (!k) return;
  try { sessionStorage.setItem(KEY, k); } catch (e) { /* private mode: kept for this page only */ }
  window.quotewireKey = k;
  $('key').value = '';
  $('key-form').hidden = true;
  if (keyRetry) { const r = keyRetry; keyRetry = null; r(); }
}

function authHeaders(headers) {
  const h = Object.assign({}, headers || {});
  const k = window.quotewireKey || apiKey();
  if (k) h['X-API-Key'] = k;
  return h;
}

class NeedKey extends Error {}

async function api(path, opts) {
  const o = Object.assign({}, opts || {});
  o.headers = authHeaders(o.headers);
  const res = await fetch(path, o);
  const body = await res.json().catch(() => ({}));
  if (res.status === 401) {
    const had = !!(window.quotewireKey || apiKey());
    try { sessionStorage.removeItem(KEY); } catch (e) { /* nothing kept */ }
    window.quotewireKey = '';
    throw new NeedKey(had ? 'That API key was not accepted. Enter another.' : 'This server needs an API key.');
  }
  if (!res.ok) throw new Error(body.error || ('HTTP ' + res.status));
  return body;
}

// failed shows an API error, or asks for a key and then runs retry.
function failed(e, retry) {
  if (e instanceof NeedKey) askForKey(e.message, retry); else showError(e.message);
}

// download fetches an export with the key and saves it: a plain link
// cannot send the header.
async function download(ev) {
  if (!(window.quotewireKey || apiKey())) return; // no key: the link works as it is
  ev.preventDefault();
  const a = ev.currentTarget;
  try {
    const res = await fetch(a.getAttribute('href'), { headers: authHeaders() });
    if (res.status === 401) { failed(new NeedKey('This server needs an API key.'), () => a.click()); return; }
    if (!res.ok) { showError('HTTP ' + res.status); return; }
    const name = (res.headers.get('Content-Disposition') || '').match(/filename="([^"]+)"/);
    const url = URL.createObjectURL(await res.blob());
    const tmp = el('a', { href: url, download: name ? name[1] : 'quotes' });
    document.body.append(tmp);
    tmp.click();
    tmp.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch (e) { showError(e.message); }
}

function date(s) { return s ? s.slice(0, 10) : 'undated'; }
function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

function articleLink(a) {
  const title = a.title || a.url || a.id;
  return a.url && /^https?:\/\//.test(a.url) ? el('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank', text: title }) : el('span', { text: title });
}

function quoteItem(q) {
  const bq = el('blockquote');
  if (q.highlight) bq.innerHTML = safeHighlight(q.highlight); else bq.textContent = q.text;
  const meta = el('p', { class: 'meta' },
    el('strong', { text: q.speaker || 'unattributed' }), ' · ',
    el('span', { class: 'badge', text: q.channel }),
    q.outlet ? el('span', { text: q.outlet + ' · ' }) : null,
    articleLink(q.article), ' · ', el('span', { text: (q.article.outlet || '') + ' ' + date(q.article.published_at) }));
  const li = el('li', { class: 'quote' }, bq, meta);
  if (q.cluster_id) li.append(el('p', { class: 'meta' }, el('a', { href: '#/cluster/' + encodeURIComponent(q.cluster_id), class: 'cluster-link', text: 'All appearances of this quote' })));
  return li;
}

// ---- search page ----
let cursor = null;

function searchParams() {
  const p = new URLSearchParams();
  for (const id of ['q', 'speaker', 'channel', 'outlet', 'from', 'to', 'sort']) {
    const v = $(id).value.trim();
    if (v) p.set(id, v);
  }
  if ($('group').checked) p.set('group', 'cluster');
  return p;
}

async function runSearch(append) {
  showError('');
  const p = searchParams();
  p.set('facets', 'true');
  p.set('size', '20');
  if (append && cursor) p.set('cursor', cursor);
  try {
    const r = await api('v1/quotes?' + p.toString());
    if (!append) $('results').replaceChildren();
    for (const q of r.quotes) $('results').append(quoteItem(q));
    cursor = r.next_cursor;
    $('more').hidden = !cursor;
    const total = r.total_is_lower_bound ? 'more than ' + r.total.toLocaleString('en') + ' quotes' : null;
    const n = (total || plural(r.total, 'quote', 'quotes')) + ($('group').checked ? ', one row per cluster' : '');
    $('summary').textContent = n;
    const ex = searchParams();
    ex.delete('sort'); ex.delete('group');
    $('export-csv').href = 'v1/export?format=csv&' + ex.toString();
    $('export-jsonl').href = 'v1/export?format=jsonl&' + ex.toString();
    $('exports').hidden = r.total === 0;
    if (!append) renderFacets(r.facets);
  } catch (e) { failed(e, () => runSearch(append)); }
}

function renderFacets(f) {
  const box = $('facets');
  box.replaceChildren();
  if (!f) return;
  const groups = [['Speakers', 'speakers', 'speaker'], ['Channels', 'channels', 'channel'], ['Outlets', 'outlets', 'outlet'], ['Months', 'months', null]];
  for (const [title, key, field] of groups) {
    const items = f[key] || [];
    if (!items.length) continue;
    const ul = el('ul');
    for (const it of items) {
      const label = it.value + ' (' + it.count + ')';
      if (field) {
        const b = el('button', { type: 'button', class: 'facet', 'data-field': field, text: label });
        b.addEventListener('click', () => { $(field).value = it.value; cursor = null; writeHash(); });
        ul.append(el('li', {}, b));
      } else {
        ul.append(el('li', { text: label }));
      }
    }
    box.append(el('h2', { text: title }), ul);
  }
}

function writeHash() {
  const p = searchParams();
  location.hash = '#/?' + p.toString();
}

function readHash(query) {
  const p = new URLSearchParams(query);
  for (const id of ['q', 'speaker', 'channel', 'outlet', 'from', 'to', 'sort']) $(id).value = p.get(id) || '';
  $('group').checked = p.get('group') === 'cluster';
}

let speakerTimer = null;
async function suggestSpeakers() {
  const v = $('speaker').value.trim();
  if (v.length < 2) return;
  try {
    const r = await api('v1/speakers?prefix=' + encodeURIComponent(v));
    $('speaker-list').replaceChildren(...r.speakers.map((s) => el('option', { value: s.value })));
  } catch (e) { /* suggestions are optional */ }
}

// ---- cluster page ----
async function showCluster(id) {
  showError('');
  try {
    const r = await api('v1/clusters/' + encodeURIComponent(id));
    const c = r.cluster;
    $('cluster-title').textContent = (c.speaker || 'Unattributed') + ': quoted ' + plural(c.count, 'time', 'times');
    $('cluster-text').textContent = c.text;
    $('cluster-meta').textContent = 'First seen ' + date(c.first_seen) + ' · outlets: ' + c.outlets.map((o) => o.value).join(', ') +
      ' · channels: ' + c.channels.map((o) => o.value).join(', ');
    $('timeline').replaceChildren(...r.appearances.map((q) => el('li', {},
      el('p', { class: 'meta' }, el('strong', { text: date(q.article.published_at) }), ' · ', el('span', { text: q.article.outlet || '' }), ' · ', articleLink(q.article)),
      el('blockquote', { text: q.text }))));
  } catch (e) { failed(e, () => showCluster(id)); }
}

// ---- provenance page ----
async function findProvenance(ev) {
  ev.preventDefault();
  showError('');
  const body = { text: $('post-text').value };
  if ($('post-author').value.trim()) body.author = $('post-author').value.trim();
  if ($('post-platform').value) body.platform = $('post-platform').value;
  if ($('post-at').value) body.posted_at = new Date($('post-at').value).toISOString().replace(/\.\d+Z$/, 'Z');
  try {
    const r = await api('v1/provenance', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    $('prov-summary').textContent = r.matches.length ? plural(r.matches.length, 'quoted version', 'quoted versions') + ' found' : 'No article quotes this post.';
    $('prov-results').replaceChildren(...r.matches.map((m) => {
      const badges = el('p', {}, el('span', { class: 'badge', text: m.extent }));
      if (m.speaker_agrees !== undefined) badges.append(el('span', { class: 'badge ' + (m.speaker_agrees ? 'agree' : 'disagree'), text: m.speaker_agrees ? 'speaker matches author' : 'speaker differs from author' }));
      if (m.channel_agrees !== undefined) badges.append(el('span', { class: 'badge ' + (m.channel_agrees ? 'agree' : 'disagree'), text: m.channel_agrees ? 'channel matches platform' : 'channel differs' }));
      const first = m.earliest;
      return el('li', {},
        el('h2', { text: (m.cluster.speaker || 'Unattributed') + ', quoted ' + plural(m.cluster.count, 'time', 'times') }),
        el('blockquote', { text: m.cluster.text }), badges,
        el('p', { class: 'meta earliest' }, 'Earliest: ', el('strong', { text: date(first.article.published_at) + ' ' + (first.article.outlet || '') }), ' ', articleLink(first.article)),
        el('ol', { class: 'timeline' }, ...m.appearances.map((q) => el('li', { class: 'meta' }, el('span', { text: date(q.article.published_at) + ' · ' + (q.article.outlet || '') + ' · ' }), articleLink(q.article)))),
        el('p', {}, el('a', { href: '#/cluster/' + encodeURIComponent(m.cluster.id), text: 'Cluster page' })));
    }));
  } catch (e) { failed(e, () => $('prov-form').requestSubmit()); }
}

// ---- routing ----
function route() {
  const h = location.hash || '#/';
  for (const s of ['search', 'cluster', 'provenance']) $('page-' + s).hidden = true;
  if (h.startsWith('#/cluster/')) {
    $('page-cluster').hidden = false;
    showCluster(decodeURIComponent(h.slice('#/cluster/'.length)));
  } else if (h.startsWith('#/provenance')) {
    $('page-provenance').hidden = false;
    $('post-text').focus();
  } else {
    $('page-search').hidden = false;
    const i = h.indexOf('?');
    readHash(i >= 0 ? h.slice(i + 1) : '');
    cursor = null;
    runSearch(false);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  $('search-form').addEventListener('submit', (ev) => { ev.preventDefault(); writeHash(); });
  for (const id of ['channel', 'sort', 'group', 'from', 'to']) $(id).addEventListener('change', writeHash);
  $('speaker').addEventListener('input', () => { clearTimeout(speakerTimer); speakerTimer = setTimeout(suggestSpeakers, 150); });
  $('speaker').addEventListener('change', writeHash);
  $('outlet').addEventListener('change', writeHash);
  $('more').addEventListener('click', () => runSearch(true));
  $('prov-form').addEventListener('submit', findProvenance);
  $('key-form').addEventListener('submit', saveKey);
  $('export-csv').addEventListener('click', download);
  $('export-jsonl').addEventListener('click', download);
  window.addEventListener('hashchange', route);
  route();
});
