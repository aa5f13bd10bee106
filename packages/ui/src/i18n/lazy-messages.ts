import { inject, type App, type InjectionKey } from 'vue';
import { useI18n } from 'vue-i18n';
import type { AppI18n, Locale } from './index';

type Messages = Record<string, unknown>;

/** Messages the login screen does not need (the signed-in pages'), one loader per language. */
export type MessageLoaders = Partial<Record<Locale, () => Promise<Messages>>>;

const LOCALE_SWITCH: InjectionKey<(locale: Locale) => Promise<void>> = Symbol('cqss.localeSwitch');

/**
 * Loads the app's later messages into the i18n instance when a page first needs them, in the
 * current language; after that a language switch loads the new language's before it shows, so no
 * page draws a raw key. A load that failed is tried again at the next need.
 */
export function lazyMessages(i18n: AppI18n, loaders: MessageLoaders) {
  const loading = new Map<Locale, Promise<void>>();
  let needed = false;
  const loadFor = (locale: Locale) => {
    let done = loading.get(locale);
    const loader = loaders[locale];
    if (!done && loader) {
      done = loader().then(
        (messages) => i18n.global.mergeLocaleMessage(locale, messages),
        (error: unknown) => {
          loading.delete(locale);
          throw error;
        },
      );
      loading.set(locale, done);
    }
    return done ?? Promise.resolve();
  };
  return {
    /** Before a page that needs them. */
    load(): Promise<void> {
      needed = true;
      return loadFor(i18n.global.locale.value);
    },
    /**
     * Switches the language once its messages are in. If they cannot load, it switches anyway:
     * the missing messages fall back to Chinese, which is loaded.
     */
    async switchTo(locale: Locale): Promise<void> {
      if (needed) await loadFor(locale).catch(() => undefined);
      i18n.global.locale.value = locale;
    },
  };
}

export function provideLocaleSwitch(app: App, switchTo: (locale: Locale) => Promise<void>) {
  app.provide(LOCALE_SWITCH, switchTo);
}

/** How a language picker changes the language: through the app's loader when it has one. */
export function useLocaleSwitch(): (locale: Locale) => Promise<void> {
  const { locale } = useI18n({ useScope: 'global' });
  return inject(LOCALE_SWITCH, async (value: Locale) => {
    locale.value = value;
  });
}
