// The web UI in a real browser: search, filter, open a cluster, trace a
// post, escape hostile quote text, and fit a phone screen.
// usage: node ui.test.mjs BASE_URL SCREENSHOT_DIR
import assert from 'node:assert/strict';
import { base, shots, launch, shot } from './browser.mjs';

const browser = await launch();
const errors = [];
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => { errors.push('dialog opened: ' + d.message()); d.dismiss(); });

  // a quote carrying markup, ingested through the API, must show as text
  const hostile = '"<img src=x onerror=alert(1)> is not what I wrote <b>at all</b>," Rhea Moss said.';
  let res = await fetch(base + '/v1/articles', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ url: 'https://hostile.example/1', title: '<script>alert(2)</script>', outlet: 'Hostile Times', published_at: '2021-04-01', text: hostile }) });
  assert.equal(res.status, 202);
  let indexed = false;
  for (let i = 0; i < 150 && !indexed; i++) {
    const r = await (await fetch(base + '/v1/quotes?speaker=Rhea%20Moss')).json();
    indexed = r.total > 0;
    if (!indexed) await new Promise((ok) => setTimeout(ok, 100));
  }
  assert.ok(indexed, 'the hostile quote was not searchable within 15 s');

  // search page: type a query
  await page.goto(base + '/');
  await page.waitForSelector('#results li');
  await page.fill('#q', 'hospital');
  await page.press('#q', 'Enter');
  await page.waitForFunction(() => document.querySelector('#summary').textContent.startsWith('4 quotes'));
  assert.ok(await page.$('#results li mark'), 'the query words are highlighted');
  // quotes read as quotations: typographic marks, no dangling comma
  const shown = await page.$$eval('#results li blockquote', (xs) => xs.map((x) => x.textContent));
  for (const t of shown) assert.match(t, /^\u201c.*[^,]\u201d$/, 'quote shown as ' + t);
  // the sentence of context, on demand
  assert.equal(await page.isVisible('#results li details.context p'), false);
  await page.click('#results li details.context summary');
  assert.match(await page.textContent('#results li details.context p'), /tweeted|wrote|said/);
  // apply a filter from the facets
  await page.click('aside button.facet[data-field="outlet"]:has-text("Sun Herald")');
  await page.waitForFunction(() => document.querySelector('#summary').textContent === '1 quote');
  assert.equal(await page.inputValue('#outlet'), 'Sun Herald');
  await shot(page, shots + '/search.png');

  // open the cluster: every appearance, earliest first
  await page.click('#results a.cluster-link');
  await page.waitForSelector('#timeline li');
  assert.match(await page.textContent('#cluster-title'), /Chrissy Teigen: quoted 4 times/);
  const dates = await page.$$eval('#timeline li strong', (xs) => xs.map((x) => x.textContent));
  assert.deepEqual(dates, [...dates].sort(), 'appearances in time order');
  assert.equal(dates[0], '2021-02-20');
  // the timeline: one mark per appearance, the first ringed, coloured by channel
  const marks = await page.$$eval('svg.timeline-chart g.mark', (gs) => gs.map((g) => ({ first: g.classList.contains('first'), channel: g.dataset.channel })));
  assert.equal(marks.length, dates.length, 'one timeline mark per appearance');
  assert.deepEqual(marks.map((m) => m.first), [true, false, false, false]);
  assert.ok(marks.every((m) => m.channel === 'twitter'));
  assert.match(await page.textContent('svg.timeline-chart'), /Sun Herald/);
  await shot(page, shots + '/cluster.png');

  // the speaker page, from the cluster's speaker: quotes over time by channel
  await page.click('#cluster-title a.speaker');
  await page.waitForSelector('#speaker-quotes li');
  assert.equal(await page.textContent('#speaker-name'), 'Chrissy Teigen');
  assert.match(await page.textContent('#speaker-summary'), /^5 quotes, first 2021-02-20/);
  const perChannel = await page.$$eval('svg.stacked rect[data-channel]', (rs) => rs.map((r) => r.dataset.channel));
  assert.ok(perChannel.includes('twitter') && perChannel.includes('tv'), 'stacked bars by channel: ' + perChannel);
  assert.equal(await page.$$eval('#speaker-quotes li', (xs) => xs.length), 5);
  await shot(page, shots + '/speaker.png');
  // a channel of the speaker filters the search
  await page.click('#speaker-channels a:has-text("tv")');
  await page.waitForFunction(() => !document.querySelector('#page-search').hidden && document.querySelector('#channel').value === 'tv' &&
    document.querySelectorAll('#results li.quote').length === 1 && /CNN/.test(document.querySelector('#results').textContent));
  assert.equal(await page.inputValue('#speaker'), 'Chrissy Teigen');

  // the Months facet is a bar chart: clicking a month filters to it
  // (the page before showed one month: wait for the unfiltered facets)
  await page.goto(base + '/#/');
  await page.waitForFunction(() => document.querySelectorAll('svg.bars g.bar').length === 3);
  assert.deepEqual(await page.$$eval('svg.bars g.bar', (gs) => gs.map((g) => g.dataset.month)), ['2021-02', '2021-03', '2021-04']); // the hostile article is from April
  await page.click('svg.bars g.bar[data-month="2021-02"]');
  await page.waitForFunction(() => document.querySelector('#summary').textContent === '1 quote');
  assert.equal(await page.inputValue('#from'), '2021-02-01');
  assert.equal(await page.inputValue('#to'), '2021-02-28');
  assert.ok(await page.$('svg.bars g.bar.selected[data-month="2021-02"]'), 'the chosen month is marked');
  await shot(page, shots + '/months.png');
  // an empty result says what to try
  await page.goto(base + '/#/?q=zebra%20crossing%20quantum');
  await page.waitForSelector('#results li.empty');
  assert.match(await page.textContent('#results li.empty'), /Try fewer words/);
  // a favicon, and unknown channels shown quietly
  const icon = await page.evaluate(async () => (await fetch('favicon.ico')).status);
  assert.equal(icon, 200);

  // provenance: paste a post
  await page.click('#nav-provenance');
  await page.fill('#post-text', 'Driving home from the hospital was the hardest thing I have ever done 💔\n#heartbroken https://t.co/x');
  await page.fill('#post-author', '@chrissyteigen');
  await page.selectOption('#post-platform', 'twitter');
  await page.click('#prov-form button[type=submit]');
  await page.waitForSelector('#prov-results li .earliest');
  assert.match(await page.textContent('#prov-results li .earliest'), /2021-02-20 Sun Herald/);
  assert.match(await page.textContent('#prov-results li'), /speaker matches author/);
  await shot(page, shots + '/provenance.png');

  // hostile text stays text
  // only the hash changes, so the previous results stay on the page until
  // the new ones arrive: wait for Rhea Moss's quote itself
  await page.goto(base + '/#/?speaker=Rhea%20Moss');
  await page.waitForFunction(() => document.querySelector('#summary').textContent === '1 quote' &&
    /Rhea Moss/.test(document.querySelector('#results').textContent));
  assert.equal(await page.$$eval('#results img, #results b, #results script', (xs) => xs.length), 0, 'markup from quotes is not rendered');
  assert.match(await page.textContent('#results li blockquote'), /<img src=x onerror=alert\(1\)>/);

  // a phone screen: no sideways scrolling, search box usable
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(base + '/');
  await page.waitForSelector('#results li');
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 375, 'page is ' + wide + 'px wide on a 375px screen');
  await shot(page, shots + '/phone.png');

  assert.deepEqual(errors, [], 'no script errors or dialogs');
  console.log('ui test passed; screenshots in ' + shots);
} finally {
  await browser.close();
}
