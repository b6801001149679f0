import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';
const dirs = process.argv.slice(2);
const servers = await Promise.all(dirs.map((d) => serve(d, 0)));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const res = dirs.map(() => ({ mark: [], fp: [] }));
for (let i = 0; i < 21; i++) {
  for (let j = 0; j < dirs.length; j++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${servers[j].address().port}/`);
    await page.waitForSelector('body[data-ready="true"]');
    const [m, fp] = await page.evaluate(() => [performance.getEntriesByName('billcode-code-box-usable')[0].startTime, performance.getEntriesByType('paint')[0]?.startTime ?? -1]);
    res[j].mark.push(m); res[j].fp.push(fp);
    await context.close();
  }
}
await browser.close(); servers.forEach((s) => s.close());
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
dirs.forEach((d, j) => console.log(d.padEnd(24), 'mark', med(res[j].mark).toFixed(0), 'fp', med(res[j].fp).toFixed(0)));
