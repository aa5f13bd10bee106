import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { divisionName } from '@cqss/domain';
import { launchBrowser, newContext, screenshot, signIn } from './support/browser';
import { sql } from './support/server';

/**
 * Every page of the console and the portal, as each role sees it, in both languages, at the
 * desktop and at a 390 px phone: no critical or serious axe-core violation, no Chinese UI text
 * on an English page, no raw message key, no sideways scrolling on a phone, and on the pages
 * worked from a phone no control under 48 px. Data (names,
 * addresses, a contract's text) may be Chinese on an English page: what the database holds and the
 * division names it codes are taken out of a text before it is checked, and so is anything marked
 * `translate="no"` (as for a translating browser).
 */

type App = 'admin' | 'police';
type Locale = 'zh-CN' | 'en';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

const one = async (query: string) => (await sql<{ id: string }>(query))[0]?.id ?? null;

/** Pages that need an id: the demo's first row of each, read from the database. */
const DETAIL_PAGES: Record<
  App,
  { path: string; id: () => Promise<string | null>; roles: string[] }[]
> = {
  admin: [
    {
      path: '/admin/contracts/:id',
      id: () =>
        one(
          `SELECT c.id FROM contract c JOIN company co ON co.id = c.company_id
           WHERE co.name LIKE '重庆%' ORDER BY c.cross_region DESC, c.created_at LIMIT 1`,
        ),
      roles: ['cq.admin', 'cq.supervisor'],
    },
    {
      path: '/admin/contracts/:id/edit',
      id: () =>
        one(
          `SELECT c.id FROM contract c JOIN company co ON co.id = c.company_id
           WHERE co.name LIKE '重庆%' AND c.status = 'DRAFT' ORDER BY c.created_at LIMIT 1`,
        ),
      roles: ['cq.admin'],
    },
    {
      path: '/admin/requests/:id',
      id: () =>
        one(
          `SELECT r.id FROM service_request r JOIN company co ON co.id = r.company_id
           WHERE co.name LIKE '重庆%' ORDER BY r.created_at LIMIT 1`,
        ),
      roles: ['cq.admin', 'cq.supervisor'],
    },
    {
      path: '/admin/filings/:id',
      id: () =>
        one(
          `SELECT f.id FROM filing f JOIN company co ON co.id = f.company_id
           WHERE co.name LIKE '重庆%' ORDER BY f.submitted_at NULLS LAST LIMIT 1`,
        ),
      roles: ['cq.admin'],
    },
    {
      path: '/admin/posts/:id',
      id: () =>
        one(
          `SELECT p.id FROM post p JOIN company co ON co.id = p.company_id
           WHERE co.name LIKE '重庆%' ORDER BY p.created_at LIMIT 1`,
        ),
      roles: ['cq.admin', 'cq.supervisor'],
    },
  ],
  police: [
    {
      path: '/police/filings/:id',
      id: () => one(`SELECT id FROM filing WHERE status <> 'DRAFT' ORDER BY submitted_at LIMIT 1`),
      roles: ['cq.police'],
    },
    {
      path: '/police/companies/:id',
      id: () => one(`SELECT id FROM company WHERE name LIKE '重庆%' LIMIT 1`),
      roles: ['cq.police'],
    },
    {
      path: '/police/reports/:id',
      id: () => one(`SELECT id FROM illegal_request_report ORDER BY created_at LIMIT 1`),
      roles: ['cq.police'],
    },
  ],
};

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

function stringsIn(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (CJK.test(value)) into.add(value.trim());
  } else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, into));
  else if (value && typeof value === 'object')
    Object.values(value).forEach((v) => stringsIn(v, into));
}

/** Every Chinese text the database holds (longest first), with the names of the divisions it codes. */
async function dataTexts(): Promise<string[]> {
  const columns = await sql<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
     WHERE table_schema = 'public' AND data_type IN ('character varying', 'text', 'character', 'jsonb', 'ARRAY')`,
  );
  const texts = new Set<string>();
  for (const { table_name, column_name, data_type } of columns) {
    const rows = await sql<{ v: unknown }>(
      `SELECT DISTINCT "${column_name}"${data_type === 'ARRAY' ? '::text' : ''} AS v FROM "${table_name}" LIMIT 20000`,
    );
    for (const { v } of rows) {
      if (column_name.endsWith('division_code') && typeof v === 'string') {
        for (const code of [v, `${v.slice(0, 2)}0000`, `${v.slice(0, 4)}00`]) {
          const name = divisionName(code);
          if (name) texts.add(name);
        }
      } else stringsIn(v, texts);
    }
  }
  // Usernames look like message keys (cq.admin); they are data too.
  for (const { username } of await sql<{ username: string }>(`SELECT username FROM app_user`)) {
    texts.add(username);
  }
  return [...texts].filter(Boolean).sort((a, b) => b.length - a.length);
}

/** What is left of a text once the data in it is taken out; a text that begins a datum is data (an initial, a cut). */
function withoutData(text: string, data: string[]): string {
  if (data.some((d) => d.startsWith(text))) return '';
  let rest = text;
  for (const d of data) if (rest.includes(d)) rest = rest.split(d).join(' ');
  return rest;
}

// The supervisor's pages are the admin's with less on them: checked at the desk; on a phone the
// admin's pass covers them (and operations.e2e.ts drives the queue at 390 px).
const ROLES: { app: App; username: string; phone: boolean }[] = [
  { app: 'admin', username: 'cq.admin', phone: true },
  { app: 'admin', username: 'cq.supervisor', phone: false },
  { app: 'admin', username: 'cq.guard1', phone: true },
  { app: 'police', username: 'cq.police', phone: true },
];

/** Waits until the page has drawn what it loads: no request in flight, no spinner. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.el-loading-mask, .el-skeleton')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  await page.waitForTimeout(200);
}

/** The pages a role can reach: every enabled item of its menu, then the detail pages it may open. */
async function pagesOf(page: Page, app: App, username: string): Promise<string[]> {
  const found = new Set<string>([`/${app}/`]);
  const items = page.locator('.frame-menu .el-menu-item:not(.is-disabled)');
  const count = await items.count();
  for (let i = 0; i < count; i++) {
    const before = page.url();
    await items.nth(i).click();
    await page.waitForURL((url) => url.href !== before, { timeout: 5_000 }).catch(() => undefined);
    await settle(page);
    found.add(new URL(page.url()).pathname);
  }
  for (const detail of DETAIL_PAGES[app]) {
    if (!detail.roles.includes(username)) continue;
    const id = await detail.id();
    if (id) found.add(detail.path.replace(':id', id));
  }
  return [...found];
}

/** Visible UI texts (and names, placeholders, titles) outside what is marked as data. */
function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    // Data, and parts marked as another language (a language's own name in a language menu).
    const inData = (el: Element) =>
      el.closest('[translate="no"], [lang^="zh"]:not(html), script, style, svg') !== null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (text && el && !inData(el) && visible(el)) texts.push(text);
    }
    for (const el of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
      if (inData(el) || !visible(el)) continue;
      for (const name of ['placeholder', 'aria-label', 'title']) {
        const text = el.getAttribute(name)?.trim();
        if (text) texts.push(text);
      }
    }
    return [...new Set(texts)];
  });
}

const HOST_NAME = /\.(com|cn|net|org|gov)$/;
const MESSAGE_KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9_-]*){1,}$/;

async function textProblems(page: Page, locale: Locale, data: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const text of await visibleTexts(page)) {
    if (data.includes(text)) continue;
    // A host name (smtp.exmail.qq.com, as a placeholder) has the shape of a key but is not one.
    if (MESSAGE_KEY.test(text) && !HOST_NAME.test(text)) problems.push(`raw key: ${text}`);
    else if (locale === 'en' && CJK.test(withoutData(text, data)))
      problems.push(`Chinese: ${text.slice(0, 80)}`);
  }
  return problems;
}

async function accessibilityProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map(
      (v) =>
        `axe ${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`)
          .join(' | ')}`,
    );
}

/** The pages guards and supervisors work from on a phone: every control there takes a thumb. */
const PHONE_WORK = /\/admin\/(on-duty|queue|handovers|inquiries|feedback\/alerts)$/;

/** Visible controls smaller than 48 × 48 px (a thumb's width), named by their text or label. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = [
      'button',
      'a[href]',
      '[role="button"]',
      '[role="tab"]',
      '.el-input__wrapper',
      '.el-select__wrapper',
      '.el-textarea__inner',
      '.el-checkbox',
      '.el-radio',
      '.el-radio-button__inner',
      '.el-switch',
    ].join(', ');
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(controls)) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') {
        continue;
      }
      // A part of a larger control (the arrow inside a select) is hit through that control.
      if (el.parentElement?.closest(controls)) continue;
      if (box.width < 47.5 || box.height < 47.5) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
        small.push(
          `${el.tagName.toLowerCase()}.${el.className.split(' ')[0]} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return small;
  });
}

/** The checks of one page as it is now; screenshots it under `name`. */
async function check(page: Page, at: string, locale: Locale, data: string[], name: string) {
  await settle(page);
  const problems = (await textProblems(page, locale, data)).map((p) => `${at}: ${p}`);
  const { width } = page.viewportSize()!;
  if (width >= 1024) {
    for (const p of await accessibilityProblems(page)) problems.push(`${at}: ${p}`);
  } else if (PHONE_WORK.test(new URL(page.url()).pathname)) {
    for (const p of await smallTargets(page)) problems.push(`${at}: under 48 px: ${p}`);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  if (overflow > 1) problems.push(`${at}: scrolls sideways by ${overflow} px`);
  await screenshot(page, name);
  return problems;
}

const slug = (path: string) =>
  path
    .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, 'id')
    .replace(/^\/|\/$/g, '')
    .replace(/\//g, '-') || 'home';

describe.each(ROLES)('every page of $app as $username', ({ app, username, phone }) => {
  let browser: Browser;
  let pages: string[] = [];
  let data: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await signIn(page, app, username);
    await page.waitForURL(new RegExp(`/${app}/$`));
    await settle(page);
    pages = await pagesOf(page, app, username);
    data = await dataTexts();
    console.info(`${username}: ${pages.join(' ')}`);
    await context.close();
  });
  afterAll(() => browser?.close());

  // The languages and sizes of a role in parallel, each in its own context: they only read, and
  // most of a page's time is waiting for its answers.
  it.concurrent.for(
    (
      [
        ['zh-CN', DESKTOP],
        ['en', DESKTOP],
        ['zh-CN', PHONE],
        ['en', PHONE],
      ] as const
    ).filter(([, size]) => phone || size === DESKTOP),
  )(
    'in %s at %o: accessible, in one language, no sideways scrolling',
    { timeout: 600_000 },
    async ([locale, size], { expect }) => {
      const context = await newContext(browser, size);
      await context.addInitScript((l) => localStorage.setItem('cqss.locale', l), locale);
      const page = await context.newPage();
      await signIn(page, app, username);
      await page.waitForURL(new RegExp(`/${app}/$`));
      const problems: string[] = [];
      for (const path of pages) {
        await page.goto(path);
        const at = `${username} ${locale} ${size.width}px ${path}`;
        const name = `every-page-${username}-${slug(path.replace(`/${app}/`, '/'))}-${locale}-${size.width}`;
        problems.push(...(await check(page, at, locale, data, name)));
      }
      if (size === PHONE) {
        // On a phone the menu is a drawer: it opens from the header and takes the user home.
        await page.getByTestId('menu-button').click();
        const drawer = page.locator('.frame-drawer');
        await drawer.locator('.el-menu-item').first().waitFor();
        await screenshot(page, `every-page-${username}-menu-${locale}-${size.width}`);
        await drawer.locator('.el-menu-item').first().click();
        await page.waitForURL(new RegExp(`/${app}/$`));
        await drawer.waitFor({ state: 'hidden' });
      }
      await context.close();
      if (problems.length) console.info(problems.join('\n'));
      expect(pages.length).toBeGreaterThan(1);
      expect(problems).toEqual([]);
    },
  );
});

describe('the kiosk, paired and not', () => {
  let browser: Browser;
  let pairingCodes: string[] = [];
  let data: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await signIn(page, 'admin', 'cq.admin');
    await page.waitForURL(/\/admin\/$/);
    const unitId = await one(`SELECT id FROM customer_unit WHERE name = '重庆市渝中区人民医院'`);
    // One single-use pairing code for each size and language below.
    pairingCodes = await page.evaluate(async (customerUnitId) => {
      const codes: string[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: `mutation ($input: RegisterKioskInput!) { registerKiosk(input: $input) { pairingCode } }`,
            variables: { input: { customerUnitId, name: `every-page tablet ${i + 1}` } },
          }),
        });
        codes.push(((await res.json()) as any).data.registerKiosk.pairingCode);
      }
      return codes;
    }, unitId);
    data = await dataTexts();
    await context.close();
  });
  afterAll(() => browser?.close());

  it.concurrent.for([
    ['zh-CN', { width: 1280, height: 800 }, 0],
    ['en', { width: 1280, height: 800 }, 1],
    ['zh-CN', { width: 800, height: 1280 }, 2],
    ['en', { width: 800, height: 1280 }, 3],
  ] as const)(
    'in %s at %o: accessible, in one language, no sideways scrolling',
    { timeout: 300_000 },
    async ([locale, size, n], { expect }) => {
      const context = await newContext(browser, size);
      await context.addInitScript((l) => localStorage.setItem('cqss.locale', l), locale);
      const page = await context.newPage();
      const at = (screen: string) => `kiosk ${locale} ${size.width}px ${screen}`;
      const name = (screen: string) => `every-page-kiosk-${screen}-${locale}-${size.width}`;
      const problems: string[] = [];
      await page.goto('/kiosk/');
      await page.waitForURL('**/kiosk/pair');
      problems.push(...(await check(page, at('pair'), locale, data, name('pair'))));
      await page.getByTestId('pairing-code').fill(pairingCodes[n]!);
      await page.getByTestId('pair-submit').click();
      await page.getByTestId('unit-name').waitFor();
      problems.push(...(await check(page, at('faces'), locale, data, name('faces'))));
      await context.close();
      if (problems.length) console.info(problems.join('\n'));
      expect(problems).toEqual([]);
    },
  );
});
