// The app's messages in one language: its own (en.json) and each feature folder's
// (pages/<feature>/locales/en.json, with their own top-level keys). One chunk, loaded before
// the first signed-in page: the login screen uses only the shared messages of @cqss/ui.
import base from './en.json';

const features = import.meta.glob<Record<string, unknown>>('../pages/*/locales/en.json', {
  eager: true,
  import: 'default',
});

export default Object.assign({}, base, ...Object.values(features)) as Record<string, unknown>;
