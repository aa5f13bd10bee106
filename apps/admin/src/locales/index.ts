import en from './en.json';
import zhCN from './zh-CN.json';

type Messages = Record<string, unknown>;

// Each feature folder may add pages/<feature>/locales/{zh-CN,en}.json with its own top-level keys.
const features = import.meta.glob<Messages>('../pages/*/locales/*.json', { eager: true, import: 'default' });

function withFeatures(base: Messages, lang: string): Messages {
  const merged: Messages = { ...base };
  for (const [path, messages] of Object.entries(features)) {
    if (path.endsWith(`/${lang}.json`)) Object.assign(merged, messages);
  }
  return merged;
}

export const messages = { 'zh-CN': withFeatures(zhCN, 'zh-CN'), en: withFeatures(en, 'en') };
