import { describe, expect, it } from 'vitest';
import { createAppI18n, type Locale } from './index';
import { lazyMessages } from './lazy-messages';

const PAGES = {
  'zh-CN': { units: { title: '客户单位' } },
  en: { units: { title: 'Customer units' } },
};

/** An app whose pages' messages load later, counting the loads per language. */
function app(options: { failFirst?: Locale } = {}) {
  const i18n = createAppI18n();
  const loads: Locale[] = [];
  const failed = new Set<Locale>();
  const loader = (locale: Locale) => async () => {
    loads.push(locale);
    if (options.failFirst === locale && !failed.has(locale)) {
      failed.add(locale);
      throw new Error('chunk failed');
    }
    return PAGES[locale];
  };
  const later = lazyMessages(i18n, { 'zh-CN': loader('zh-CN'), en: loader('en') });
  return { i18n, later, loads, t: (key: string) => i18n.global.t(key) };
}

describe('messages loaded with the first signed-in page', () => {
  it('are not loaded on the login screen, even when the language is switched there', async () => {
    const { later, loads, t } = app();
    await later.switchTo('en');
    expect(loads).toEqual([]);
    expect(t('login.title')).toBe('Sign in');
  });

  it('load in the current language only, once', async () => {
    const { later, loads, t } = app();
    await later.switchTo('en');
    await later.load();
    await later.load();
    expect(loads).toEqual(['en']);
    expect(t('units.title')).toBe('Customer units');
  });

  it('a switch after that shows the new language without a raw key', async () => {
    const { i18n, later, loads, t } = app();
    await later.load();
    expect(t('units.title')).toBe('客户单位');
    const switching = later.switchTo('en');
    // Until its messages are in, the page stays in the language it was in.
    expect(i18n.global.locale.value).toBe('zh-CN');
    await switching;
    expect(i18n.global.locale.value).toBe('en');
    expect(t('units.title')).toBe('Customer units');
    expect(loads).toEqual(['zh-CN', 'en']);
  });

  it('a switch whose messages fail to load shows Chinese, and the next page tries again', async () => {
    const { later, loads, t } = app({ failFirst: 'en' });
    await later.load();
    await later.switchTo('en');
    expect(t('units.title')).toBe('客户单位');
    await later.load();
    expect(t('units.title')).toBe('Customer units');
    expect(loads).toEqual(['zh-CN', 'en', 'en']);
  });

  it('a page whose messages fail to load is refused, and opens at the next try', async () => {
    const { later, t } = app({ failFirst: 'zh-CN' });
    await expect(later.load()).rejects.toThrow('chunk failed');
    await later.load();
    expect(t('units.title')).toBe('客户单位');
  });
});
