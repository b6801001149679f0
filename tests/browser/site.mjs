// Shared by the browser tests: Debian's Chromium, headless, and the built
// site served on 127.0.0.1.
import { chromium } from 'playwright-core';

import { serve } from '../../scripts/serve.mjs';
import { siteDir } from '../node/helpers.mjs';

const CHROMIUM = process.env.BILLCODE_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Chromium, headless. */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** The site served and a browser: {origin, browser, close()}. */
export async function openSite() {
  const server = await serve(siteDir, 0);
  const browser = await launchBrowser();
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    browser,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/**
 * Checks a one-line claim in the page's form (E11.9, E0114 on `date`, or
 * the date already in the form); resolves when its summary is shown.
 */
export async function checkOneLineClaim(page, date = '2026-03-02') {
  if (date) await page.locator('#claim-date').fill(date);
  await page.locator('#claim-diagnoses').fill('E11.9');
  await page.locator('#claim-lines fieldset').nth(0).locator('[data-key="code"]').fill('E0114');
  await page.locator('#check-claim').click();
  await page.waitForSelector('#claim-summary h3');
}

/**
 * Resolves when the page's code box is usable and the fee schedules, the
 * last table loaded at start, are in (the claim tables load on first use).
 */
export async function pageReady(page) {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  await page.waitForSelector('body[data-prices="loaded"]', { timeout: 20000 });
}
