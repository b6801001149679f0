import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';
const [siteDir] = process.argv.slice(2);
const server = await serve(siteDir, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
for (let i = 0; i < 3; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  const out = await page.evaluate(() => {
    const rows = [];
    const nav = performance.getEntriesByType('navigation')[0];
    rows.push(`nav responseEnd ${nav.responseEnd.toFixed(0)} domInteractive ${nav.domInteractive.toFixed(0)} dcl ${nav.domContentLoadedEventStart.toFixed(0)}`);
    for (const e of performance.getEntriesByType('paint')) rows.push(`${e.name} ${e.startTime.toFixed(0)}`);
    for (const e of performance.getEntriesByType('resource')) rows.push(`${e.name.split('/').pop().padEnd(40)} start ${e.startTime.toFixed(0)} respEnd ${e.responseEnd.toFixed(0)} size ${e.transferSize}`);
    for (const e of performance.getEntriesByType('mark')) rows.push(`mark ${e.name} ${e.startTime.toFixed(0)}`);
    for (const e of performance.getEntriesByType('measure')) rows.push(`measure ${e.name} ${e.startTime.toFixed(0)} +${e.duration.toFixed(0)}`);
    return rows.join('\n');
  });
  console.log(out + '\n');
  await context.close();
}
await browser.close(); server.close();
