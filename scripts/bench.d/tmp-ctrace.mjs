import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';
import fs from 'node:fs';
const [siteDir, out] = process.argv.slice(2);
const server = await serve(siteDir, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const context = await browser.newContext();
const page = await context.newPage();
await page.goto('about:blank');
await browser.startTracing(page, { path: out, categories: ['devtools.timeline', 'v8', 'v8.wasm', 'blink', 'loading', 'disabled-by-default-devtools.timeline'] });
await page.goto(url);
await page.waitForSelector('body[data-ready="true"]');
console.log(await page.evaluate(() => performance.getEntriesByName('billcode-code-box-usable')[0].startTime));
await browser.stopTracing();
await browser.close(); server.close();
