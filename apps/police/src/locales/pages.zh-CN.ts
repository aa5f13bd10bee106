// The app's messages in one language: its own (zh-CN.json) and each feature folder's
// (pages/<feature>/locales/zh-CN.json, with their own top-level keys). One chunk, loaded before
// the first signed-in page: the login screen uses only the shared messages of @cqss/ui.
import base from './zh-CN.json';

const features = import.meta.glob<Record<string, unknown>>('../pages/*/locales/zh-CN.json', {
  eager: true,
  import: 'default',
});

export default Object.assign({}, base, ...Object.values(features)) as Record<string, unknown>;
