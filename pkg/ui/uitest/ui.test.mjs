// The web UI in a real browser: search, filter, open a cluster, trace a
// post, escape hostile quote text, and fit a phone screen.
// usage: node ui.test.mjs BASE_URL SCREENSHOT_DIR
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';

const base = process.argv[2].replace(/\/$/, '');
const shots = process.argv[3] || '.';
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
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
  // apply a filter from the facets
  await page.click('aside button.facet[data-field="outlet"]:has-text("Sun Herald")');
  await page.waitForFunction(() => document.querySelector('#summary').textContent === '1 quote');
  assert.equal(await page.inputValue('#outlet'), 'Sun Herald');
  await page.screenshot({ path: shots + '/search.png', fullPage: true });

  // open the cluster: every appearance, earliest first
  await page.click('#results a.cluster-link');
  await page.waitForSelector('#timeline li');
  assert.match(await page.textContent('#cluster-title'), /Chrissy Teigen: quoted 4 times/);
  const dates = await page.$$eval('#timeline li strong', (xs) => xs.map((x) => x.textContent));
  assert.deepEqual(dates, [...dates].sort(), 'appearances in time order');
  assert.equal(dates[0], '2021-02-20');
  await page.screenshot({ path: shots + '/cluster.png', fullPage: true });

  // provenance: paste a post
  await page.click('#nav-provenance');
  await page.fill('#post-text', 'Driving home from the hospital was the hardest thing I have ever done 💔\n#heartbroken https://t.co/x');
  await page.fill('#post-author', '@chrissyteigen');
  await page.selectOption('#post-platform', 'twitter');
  await page.click('#prov-form button[type=submit]');
  await page.waitForSelector('#prov-results li .earliest');
  assert.match(await page.textContent('#prov-results li .earliest'), /2021-02-20 Sun Herald/);
  assert.match(await page.textContent('#prov-results li'), /speaker matches author/);
  await page.screenshot({ path: shots + '/provenance.png', fullPage: true });

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
  await page.screenshot({ path: shots + '/phone.png', fullPage: true });

  assert.deepEqual(errors, [], 'no script errors or dialogs');
  console.log('ui test passed; screenshots in ' + shots);
} finally {
  await browser.close();
}
