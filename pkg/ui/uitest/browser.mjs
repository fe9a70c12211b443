// What every browser test here starts with: its arguments (BASE_URL,
// SCREENSHOT_DIR, then its own), the screenshot folder, and Debian's
// Chromium, headless, driven by playwright-core.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

export const base = (process.argv[2] || '').replace(/\/$/, '');
export const shots = process.argv[3] || '.';
export const args = process.argv.slice(4);
mkdirSync(shots, { recursive: true });

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
}

// shot saves a screenshot of page for a person to look at. The pictures are
// no part of what a test checks: under load Chromium sometimes cannot
// capture one ("Unable to capture screenshot"), so it tries twice and then
// says so on stderr instead of failing the test.
export async function shot(page, path) {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.screenshot({ path, fullPage: true });
      return;
    } catch (e) {
      if (attempt >= 2) {
        console.error(`screenshot ${path} not saved: ${e.message.split('\n')[0]}`);
        return;
      }
      await page.waitForTimeout(500);
    }
  }
}
