// The web UI of a server that asks for API keys: the page loads without a
// key, asks for one, refuses a wrong one, keeps the right one for the tab
// (sessionStorage) and sends it on every call, exports included.
// usage: node key.test.mjs BASE_URL SCREENSHOT_DIR KEY
import assert from 'node:assert/strict';
import { base, shots, args, launch, shot } from './browser.mjs';

const key = args[0];
assert.ok(key, 'usage: node key.test.mjs BASE_URL SCREENSHOT_DIR KEY');
const browser = await launch();
const errors = [];
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
  page.on('pageerror', (e) => errors.push(e.message));
  const sent = [];
  page.on('request', (r) => { if (r.url().includes('/v1/')) sent.push(r.headers()['x-api-key'] || ''); });

  // the page itself loads without a key and asks for one
  const res = await page.goto(base + '/');
  assert.equal(res.status(), 200);
  await page.waitForSelector('#key-form:not([hidden])');
  assert.match(await page.textContent('#key-message'), /needs an API key/);
  await shot(page, shots + '/key-prompt.png');

  // a wrong key is refused and asked for again
  await page.fill('#key', 'wrong-key-wrong-key-1');
  await page.click('#key-form button[type=submit]');
  await page.waitForFunction(() => /not accepted/.test(document.querySelector('#key-message').textContent));
  assert.equal(await page.isVisible('#key-form'), true);

  // the right key: results appear, and every API call carried it
  await page.fill('#key', key);
  await page.click('#key-form button[type=submit]');
  await page.waitForSelector('#results li');
  assert.equal(await page.isVisible('#key-form'), false);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('quotewire-api-key')), key);

  // a reload in the same tab does not ask again
  sent.length = 0;
  await page.reload();
  await page.waitForSelector('#results li');
  assert.equal(await page.isVisible('#key-form'), false);
  assert.ok(sent.length > 0 && sent.every((k) => k === key), 'every API call sends the key: ' + JSON.stringify(sent));

  // the export link downloads with the key (a plain link could not send it)
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const path = await dl.path();
  assert.ok(path, 'the export was downloaded');
  const { readFileSync } = await import('node:fs');
  assert.match(readFileSync(path, 'utf8'), /^id,published_at,speaker/);
  await shot(page, shots + '/key-results.png');
  assert.deepEqual(errors, []);
  console.log('key.test.mjs: ok');
} finally {
  await browser.close();
}
