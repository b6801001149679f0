




import { chromium } from 'playwright-core';

import { serve } from '../serve.mjs';

const [siteDir] = process.argv.slice(2);
const LOADS = 15;  // the time varies by ±20 ms from load to load
const server = await serve(siteDir, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.BILLCODE_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const times = [];
const bytes = [];
for (let i = 0; i < LOADS; i++) {
  const context = await browser.newContext();  // a cold cache each time
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  const [ready, transferred] = await page.evaluate(() => {
    const mark = performance.getEntriesByName('billcode-code-box-usable')[0].startTime;
    const before = performance.getEntriesByType('resource').filter((entry) => entry.responseEnd <= mark);
    const navigation = performance.getEntriesByType('navigation')[0];
    return [mark, before.reduce((sum, entry) => sum + entry.transferSize, navigation.transferSize)];
  });
  times.push(ready);
  bytes.push(transferred);
  await context.close();
}


await browser.close(); server.close();
times.sort((a,b)=>a-b); console.log(times.map(t=>t.toFixed(0)).join(' '));
