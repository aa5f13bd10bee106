import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:4321';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
async function as(user, pages, viewport = { width: 1440, height: 900 }) {
  const ctx = await browser.newContext({ baseURL: base, viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await ctx.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log(user, 'console:', m.text()); });
  await page.goto('/admin/login');
  await page.getByLabel(/用户名/).fill(user);
  await page.getByLabel(/密码/).fill('Cqss@2026');
  await page.getByLabel(/密码/).press('Enter');
  await page.waitForURL(/\/admin\/$/);
  for (const [path, name] of pages) {
    await page.goto(`/admin${path}`);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
  }
  await ctx.close();
}
const which = process.argv[2] ?? 'all';
if (which === 'all' || which === 'admin') await as('cq.admin', [['/', 'admin-home'], ['/guards', 'guards'], ['/posts', 'posts'], ['/queue', 'admin-queue']]);
if (which === 'all' || which === 'sup') await as('cq.supervisor', [['/', 'sup-home'], ['/queue', 'sup-queue'], ['/guards', 'sup-guards']]);
if (which === 'all' || which === 'guard') await as('cq.guard1', [['/', 'guard-home'], ['/on-duty', 'on-duty']], { width: 1024, height: 768 });
await browser.close();
