import { watch, type App, type Ref } from 'vue';
import { createI18n } from 'vue-i18n';
import en from '../locales/en.json';
import zhCN from '../locales/zh-CN.json';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** The shared messages: every app gets these and adds its own namespaces. */
export const sharedMessages = { 'zh-CN': zhCN, en } as const;

type Messages = Record<string, unknown>;

function makeI18n(locale: Locale, messages: Record<Locale, Messages>) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    // Precompiled by the Vite plugin in the apps, plain strings in unit tests.
    messages: messages as Record<Locale, never>,
    missingWarn: false,
    fallbackWarn: false,
  });
}
/**
 * What the apps use of the instance. vue-i18n's own generic types, instantiated with an
 * untyped message schema, are too deep for TypeScript to check at the call sites.
 */
export interface AppI18n {
  install: (app: App) => void;
  global: {
    locale: Ref<Locale>;
    t: (key: string, params?: Record<string, unknown>) => string;
    mergeLocaleMessage: (locale: Locale, messages: Messages) => void;
  };
}

const STORAGE_KEY = 'cqss.locale';

export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

/** The language chosen on this device before, else Chinese: the platform's users are in China. */
export function initialLocale(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): Locale {
  try {
    const saved = storage?.getItem(STORAGE_KEY);
    return isLocale(saved) ? saved : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** Namespaces of the app's messages are added beside the shared ones (an app may extend a shared one). */
export function mergeMessages(...sources: Messages[]): Messages {
  const out: Messages = {};
  for (const source of sources) {
    for (const [key, value] of Object.entries(source)) {
      const prev = out[key];
      out[key] = isPlainObject(prev) && isPlainObject(value) ? mergeMessages(prev, value) : value;
    }
  }
  return out;
}

function isPlainObject(value: unknown): value is Messages {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The app's vue-i18n instance (Composition API): shared messages plus the app's, the saved
 * language, and `<html lang>` and the saved choice kept in step with the current language.
 */
export function createAppI18n(appMessages: Partial<Record<Locale, Messages>> = {}): AppI18n {
  const locale = initialLocale();
  const i18n = makeI18n(locale, {
    'zh-CN': mergeMessages(sharedMessages['zh-CN'], appMessages['zh-CN'] ?? {}),
    en: mergeMessages(sharedMessages.en, appMessages.en ?? {}),
  }) as unknown as AppI18n;
  watch(
    i18n.global.locale,
    (value) => {
      if (typeof document !== 'undefined') document.documentElement.lang = value;
      try {
        globalThis.localStorage?.setItem(STORAGE_KEY, value);
      } catch {
        // Private mode: the choice lasts for this page only.
      }
    },
    { immediate: true },
  );
  return i18n;
}
