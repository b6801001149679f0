// Time from navigation to "ready" (module and data loaded) of the page in
// headless Chromium, median of several cold loads.
import { chromium } from 'playwright-core';

import { serve } from '../serve.mjs';

const [siteDir] = process.argv.slice(2);
const LOADS = 7;
const server = await serve(siteDir, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.BILLCODE_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const times = [];
for (let i = 0; i < LOADS; i++) {
  const context = await browser.newContext();  // a cold cache each time
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  times.push(await page.evaluate(() => performance.getEntriesByName('billcode-ready')[0].startTime));
  await context.close();
}
await browser.close();
server.close();
times.sort((a, b) => a - b);
console.log(`${'page: navigation to ready (Chromium, median of 7)'.padEnd(44)} ${times[3].toFixed(0).padStart(9)} ms`);
