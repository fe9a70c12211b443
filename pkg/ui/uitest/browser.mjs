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
