import type { MessageLoaders } from '@cqss/ui';

/** The app's messages, per language, loaded with the first signed-in page. */
export const pageMessages: MessageLoaders = {
  'zh-CN': () => import('./pages.zh-CN').then((m) => m.default),
  en: () => import('./pages.en').then((m) => m.default),
};
