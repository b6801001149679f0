import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';
const [siteDir] = process.argv.slice(2);
const server = await serve(siteDir, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const all = {};
for (let i = 0; i < 15; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  const m = await page.evaluate(() => {
    const o = {};
    const nav = performance.getEntriesByType('navigation')[0];
    o.domInteractive = nav.domInteractive; o.fp = performance.getEntriesByType('paint')[0]?.startTime;
    for (const e of performance.getEntriesByType('resource')) if (/wasm|hcpcs-level2\.[0-9a-f]+\.pack/.test(e.name)) o[e.name.includes('wasm') ? 'wasmEnd' : 'packEnd'] = e.responseEnd;
    for (const e of performance.getEntriesByType('mark')) o[e.name] = e.startTime;
    return o;
  });
  for (const [k, v] of Object.entries(m)) (all[k] ??= []).push(v);
  await context.close();
}
await browser.close(); server.close();
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (const [k, v] of Object.entries(all).sort((a, b) => med(a[1]) - med(b[1]))) console.log(k.padEnd(28), med(v).toFixed(0));
