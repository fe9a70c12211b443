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
// pageKey holds the key for this page when sessionStorage is unavailable.
let pageKey = '';
function apiKey() {
  try { return sessionStorage.getItem(KEY) || pageKey; } catch (e) { return pageKey; }
}
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
  pageKey = k;
  $('key').value = '';
  $('key-form').hidden = true;
  if (keyRetry) { const r = keyRetry; keyRetry = null; r(); }
}

function authHeaders(headers) {
  const h = Object.assign({}, headers || {});
  const k = apiKey();
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
    const had = !!apiKey();
    try { sessionStorage.removeItem(KEY); } catch (e) { /* nothing kept */ }
    pageKey = '';
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
  if (!apiKey()) return; // no key: the link works as it is
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

// quoteHTML shows a quote as a quotation: in typographic marks, a trailing
// comma, colon or semicolon (where the article's sentence went on) turned
// into a full stop. Display only: the stored text stays exact.
function ending(t) { return t.replace(/\s+$/, '').replace(/[,;:]$/, '.'); }
function quoteInto(bq, q) {
  if (q.highlight) bq.innerHTML = '\u201c' + ending(safeHighlight(q.highlight)) + '\u201d';
  else bq.textContent = '\u201c' + ending(q.text) + '\u201d';
  return bq;
}

// Channel colours, shared by badges, the timeline and the speaker chart;
// "unknown" stays grey and quiet.
const COLORS = { instagram: '#c13584', twitter: '#1d9bf0', facebook: '#1877f2', tiktok: '#111111', youtube: '#e62117',
  social_media: '#7b61ff', tv: '#d9480f', radio: '#2b8a3e', podcast: '#9c36b5', interview: '#0b7285', statement: '#5c7cfa',
  press_conference: '#e67700', speech: '#a61e4d', publication: '#495057', unknown: '#adb5bd' };
function color(ch) { return COLORS[ch] || COLORS.unknown; }
// badge shows a channel; its tooltip says how sure the classifier is.
function badge(ch, conf) {
  const attrs = { class: 'badge' + (ch === 'unknown' ? ' quiet' : ''), 'data-channel': ch, text: ch };
  if (conf) attrs.title = 'channel ' + ch + ', confidence ' + conf.toFixed(2);
  return el('span', attrs);
}
function speakerLink(name) {
  return name ? el('a', { href: '#/speakers/' + encodeURIComponent(name), class: 'speaker', text: name }) : el('strong', { text: 'unattributed' });
}

function quoteItem(q) {
  const meta = el('p', { class: 'meta' },
    speakerLink(q.speaker), ' · ', badge(q.channel, q.channel_confidence),
    q.outlet ? el('span', { text: q.outlet + ' · ' }) : null,
    articleLink(q.article), ' · ', el('span', { text: (q.article.outlet || '') + ' ' + date(q.article.published_at) }));
  const li = el('li', { class: 'quote' }, quoteInto(el('blockquote'), q), meta);
  if (q.context) li.append(el('details', { class: 'context' }, el('summary', { text: 'Context' }), el('p', { text: q.context })));
  if (q.cluster_id) li.append(el('p', { class: 'meta' }, el('a', { href: '#/cluster/' + encodeURIComponent(q.cluster_id), class: 'cluster-link', text: 'All appearances of this quote' })));
  return li;
}

// ---- pictures: plain SVG drawn here ----
const SVGNS = 'http://www.w3.org/2000/svg';
function svg(tag, attrs = {}, ...children) {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs)) if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
  for (const c of children) if (c) e.append(c);
  return e;
}
const DAY = 86400000;
function time(s) { return s ? Date.parse(s) : NaN; }
function shortDate(ms) { return new Date(ms).toISOString().slice(0, 10); }

// timeline draws one mark per appearance on a time axis, coloured by
// channel and labelled by outlet; the first appearance is ringed.
function timeline(apps) {
  const dated = apps.filter((q) => !isNaN(time(q.article.published_at)));
  const W = 900, H = 150, L = 40, R = 40, Y = 60;
  const box = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart timeline-chart', role: 'img', 'aria-label': 'Appearances over time' });
  if (!dated.length) return box;
  let t0 = Math.min(...dated.map((q) => time(q.article.published_at)));
  let t1 = Math.max(...dated.map((q) => time(q.article.published_at)));
  if (t1 - t0 < 2 * DAY) { t0 -= DAY; t1 += DAY; }
  const x = (t) => L + (W - L - R) * (t - t0) / (t1 - t0);
  box.append(svg('line', { x1: L, x2: W - R, y1: Y, y2: Y, stroke: '#ced4da', 'stroke-width': 2 }),
    svg('text', { x: L, y: H - 8, class: 'axis', text: shortDate(t0) }),
    svg('text', { x: W - R, y: H - 8, class: 'axis', 'text-anchor': 'end', text: shortDate(t1) }));
  dated.forEach((q, i) => {
    const cx = x(time(q.article.published_at));
    const g = svg('g', { class: 'mark' + (i === 0 ? ' first' : ''), 'data-channel': q.channel },
      svg('title', { text: date(q.article.published_at) + ' · ' + (q.article.outlet || 'unknown outlet') + ' · ' + q.channel }),
      svg('circle', { cx, cy: Y, r: i === 0 ? 9 : 7, fill: color(q.channel), stroke: '#fff', 'stroke-width': 2 }),
      svg('text', { x: cx, y: Y + 24 + 14 * (i % 3), 'text-anchor': 'middle', class: 'label', text: q.article.outlet || '' }));
    if (i === 0) g.append(svg('circle', { cx, cy: Y, r: 14, fill: 'none', stroke: '#1b1f24', 'stroke-width': 1.5 }),
      svg('text', { x: cx, y: Y - 20, 'text-anchor': 'middle', class: 'label first-label', text: 'first' }));
    box.append(g);
  });
  return box;
}

// bars draws a small bar chart of facet counts (months), each bar a
// button that calls pick(value).
function bars(items, pick, selected) {
  const W = 260, H = 90, B = 16;
  const n = items.length, max = Math.max(1, ...items.map((it) => it.count));
  const w = Math.max(6, Math.min(28, (W - 10) / Math.max(1, n) - 4));
  const box = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart bars', role: 'group', 'aria-label': 'Quotes per month' });
  items.forEach((it, i) => {
    const h = Math.max(2, (H - B - 6) * it.count / max);
    const bx = 5 + i * (w + 4);
    const bar = svg('g', { class: 'bar' + (it.value === selected ? ' selected' : ''), role: 'button', tabindex: 0, 'data-month': it.value,
      'aria-label': it.value + ': ' + plural(it.count, 'quote', 'quotes') },
      svg('title', { text: it.value + ': ' + plural(it.count, 'quote', 'quotes') }),
      svg('rect', { x: bx - 2, y: 0, width: w + 4, height: H, class: 'hit' }),
      svg('rect', { x: bx, y: H - B - h, width: w, height: h, rx: 2, class: 'fill' }),
      svg('text', { x: bx + w / 2, y: H - 3, 'text-anchor': 'middle', class: 'axis', text: it.value.slice(5) }));
    bar.addEventListener('click', () => pick(it.value));
    bar.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); pick(it.value); } });
    box.append(bar);
  });
  return box;
}

// stacked draws a speaker's quotes per period, stacked by channel.
function stacked(periods) {
  const W = 900, H = 180, L = 30, B = 22;
  const box = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart stacked', role: 'img', 'aria-label': 'Quotes over time by channel' });
  if (!periods.length) return box;
  const max = Math.max(1, ...periods.map((p) => p.count));
  const w = Math.min(60, (W - L - 10) / periods.length - 4);
  periods.forEach((p, i) => {
    const bx = L + i * (w + 4);
    let y = H - B;
    const g = svg('g', { class: 'period', 'data-count': p.count }, svg('title', { text: shortDate(time(p.start)) + ': ' + plural(p.count, 'quote', 'quotes') }));
    for (const c of p.channels) {
      const h = (H - B - 10) * c.count / max;
      y -= h;
      g.append(svg('rect', { x: bx, y, width: w, height: h, fill: color(c.value), 'data-channel': c.value }));
    }
    g.append(svg('text', { x: bx + w / 2, y: H - 6, 'text-anchor': 'middle', class: 'axis', text: shortDate(time(p.start)).slice(5) }));
    box.append(g);
  });
  box.append(svg('text', { x: 2, y: 12, class: 'axis', text: String(max) }));
  return box;
}

function legend(channels) {
  return el('p', { class: 'legend' }, ...channels.map((c) => el('span', { class: 'key' },
    svgSwatch(c.value), ' ' + c.value + ' (' + c.count + ')')));
}
function svgSwatch(ch) { return svg('svg', { width: 12, height: 12, class: 'swatch' }, svg('rect', { width: 12, height: 12, rx: 2, fill: color(ch) })); }

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

// searchSeq numbers searches: an answer to an older one that arrives after
// a newer one started is dropped, so it cannot overwrite newer results.
let searchSeq = 0;

async function runSearch(append) {
  showError('');
  const seq = ++searchSeq;
  const p = searchParams();
  p.set('facets', 'true');
  p.set('size', '20');
  if (append && cursor) p.set('cursor', cursor);
  try {
    const r = await api('v1/quotes?' + p.toString());
    if (seq !== searchSeq) return;
    if (!append) $('results').replaceChildren();
    for (const q of r.quotes) $('results').append(quoteItem(q));
    if (!append && r.quotes.length === 0) {
      $('results').append(el('li', { class: 'empty' },
        el('p', { text: 'No quote matches.' }),
        el('p', { class: 'meta', text: 'Try fewer words, a surname alone ("Hale"), another spelling, or clear a filter. Words in double quotes must appear together.' })));
    }
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
  const groups = [['Speakers', 'speakers', 'speaker'], ['Channels', 'channels', 'channel'], ['Outlets', 'outlets', 'outlet']];
  for (const [title, key, field] of groups) {
    const items = f[key] || [];
    if (!items.length) continue;
    const ul = el('ul');
    for (const it of items) {
      const b = el('button', { type: 'button', class: 'facet' + (it.value === 'unknown' ? ' quiet' : ''), 'data-field': field, text: it.value + ' (' + it.count + ')' });
      b.addEventListener('click', () => { $(field).value = it.value; cursor = null; writeHash(); });
      ul.append(el('li', {}, b));
    }
    box.append(el('h2', { text: title }), ul);
  }
  const months = f.months || [];
  if (months.length) {
    const chosen = $('from').value && $('from').value.slice(0, 7) === ($('to').value || '').slice(0, 7) ? $('from').value.slice(0, 7) : '';
    box.append(el('h2', { text: 'Months' }), bars(months, pickMonth, chosen));
    if (chosen) {
      const clear = el('button', { type: 'button', class: 'facet', text: 'all months' });
      clear.addEventListener('click', () => { $('from').value = ''; $('to').value = ''; writeHash(); });
      box.append(clear);
    }
  }
}

// pickMonth filters the search to one month ("2026-03").
function pickMonth(m) {
  const [y, mo] = m.split('-').map(Number);
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  $('from').value = m + '-01';
  $('to').value = m + '-' + String(last).padStart(2, '0');
  cursor = null;
  writeHash();
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
    $('cluster-title').replaceChildren(speakerLink(c.speaker), document.createTextNode(': quoted ' + plural(c.count, 'time', 'times')));
    quoteInto($('cluster-text'), c);
    const facetLinks = (field, items) => items.map((o, i) => [i ? ', ' : '', el('a', { href: '#/?' + new URLSearchParams({ [field]: o.value }).toString(), text: o.value })]).flat();
    $('cluster-meta').replaceChildren('First seen ' + date(c.first_seen) + ' · outlets: ', ...facetLinks('outlet', c.outlets),
      ' · channels: ', ...facetLinks('channel', c.channels));
    $('cluster-chart').replaceChildren(timeline(r.appearances), legend(c.channels));
    $('timeline').replaceChildren(...r.appearances.map((q) => el('li', {},
      el('p', { class: 'meta' }, el('strong', { text: date(q.article.published_at) }), ' · ', el('span', { text: q.article.outlet || '' }), ' · ', badge(q.channel, q.channel_confidence), articleLink(q.article)),
      quoteInto(el('blockquote'), q))));
  } catch (e) {
    if (/not found/i.test(e.message)) {
      $('cluster-title').textContent = 'No such cluster';
      $('cluster-text').textContent = 'It may have been re-indexed. Search for the quote\'s words instead.';
      for (const id of ['cluster-meta', 'cluster-chart', 'timeline']) $(id).replaceChildren();
    } else failed(e, () => showCluster(id));
  }
}

// ---- speaker page ----
async function showSpeaker(name) {
  showError('');
  $('speaker-name').textContent = name;
  for (const id of ['speaker-summary', 'speaker-chart', 'speaker-channels', 'speaker-quotes']) $(id).replaceChildren();
  try {
    const p = await api('v1/speakers/' + encodeURIComponent(name));
    $('speaker-name').textContent = p.name;
    $('speaker-summary').textContent = plural(p.total, 'quote', 'quotes') + ', first ' + date(p.first_seen) + ', last ' + date(p.last_seen) +
      (p.outlets.length ? ' · most often in ' + p.outlets.slice(0, 3).map((o) => o.value).join(', ') : '');
    $('speaker-chart').replaceChildren(stacked(p.periods), legend(p.channels));
    const ul = el('ul', { class: 'inline' });
    for (const c of p.channels) {
      ul.append(el('li', {}, el('a', { href: '#/?' + new URLSearchParams({ speaker: p.name, channel: c.value }).toString(), class: 'facet-link', text: c.value + ' (' + c.count + ')' })));
    }
    $('speaker-channels').replaceChildren(ul);
    const r = await api('v1/quotes?' + new URLSearchParams({ speaker: p.name, sort: 'date', size: '20' }).toString());
    $('speaker-quotes').replaceChildren(...r.quotes.map(quoteItem));
  } catch (e) {
    if (/not found/i.test(e.message)) {
      $('speaker-summary').textContent = 'No quote by this name yet. Try the surname alone, or search for what they said.';
    } else failed(e, () => showSpeaker(name));
  }
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
  for (const s of ['search', 'cluster', 'provenance', 'speaker']) $('page-' + s).hidden = true;
  if (h.startsWith('#/speakers/')) {
    $('page-speaker').hidden = false;
    showSpeaker(decodeURIComponent(h.slice('#/speakers/'.length)));
  } else if (h.startsWith('#/cluster/')) {
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
