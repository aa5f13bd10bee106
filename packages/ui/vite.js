// The Vite config every CQSS web app shares (plain JS so Vite loads it without bundling).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import VueI18n from '@intlify/unplugin-vue-i18n/vite';
import vue from '@vitejs/plugin-vue';
import { defaultClientConditions, defineConfig } from 'vite';

const sharedLocales = fileURLToPath(new URL('./src/locales/', import.meta.url));

const VENDOR_GROUPS = [
  { name: 'vendor-element', test: /node_modules[\\/](element-plus|@element-plus|@vueuse|@ctrl|@floating-ui|@sxzz|async-validator|lodash|dayjs|memoize-one|normalize-wheel)/ },
  { name: 'vendor-apollo', test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|optimism|@wry|tslib|@graphql-typed-document-node)/ },
  { name: 'vendor-vue', test: /node_modules[\\/](vue|@vue|vue-router|vue-i18n|@intlify)[\\/]/ },
];

/**
 * @param {import('./vite').CqssAppOptions} options
 * @returns {import('vite').UserConfig}
 */
export function cqssAppConfig({
  name,
  root,
  devPort,
  api = 'http://127.0.0.1:4000',
  vendorChunks = true,
  build = {},
}) {
  const appRoot = fileURLToPath(new URL('.', root));
  return defineConfig({
    // The API server serves each built app under its own path.
    base: `/${name}/`,
    plugins: [
      vue(),
      // Messages are compiled at build time, so the apps ship vue-i18n's runtime-only build
      // (smaller, and no code generation at run time under the server's CSP).
      VueI18n({
        include: [
          path.join(sharedLocales, '*.json'),
          path.join(appRoot, 'src/locales/*.json'),
          // Feature folders bring their own messages (pages/<feature>/locales/*.json).
          path.join(appRoot, 'src/pages/*/locales/*.json'),
        ],
        runtimeOnly: true,
        compositionOnly: true,
        fullInstall: false,
      }),
    ],
    resolve: { conditions: ['@cqss/source', ...defaultClientConditions] },
    server: {
      port: devPort,
      strictPort: true,
      proxy: { '/graphql': { target: api, ws: true } },
    },
    preview: { port: devPort, proxy: { '/graphql': { target: api, ws: true } } },
    build: {
      target: 'es2022',
      // Libraries change less often than the app: separate chunks stay cached across releases.
      rolldownOptions: {
        // @cqss/domain is pure functions and data, but its division table is filled at module
        // load; marked side-effect free, an app that uses only its role rules does not ship it.
        treeshake: {
          moduleSideEffects: [{ test: /packages[\\/]domain[\\/]src[\\/]/, sideEffects: false }],
        },
        ...(vendorChunks ? { output: { codeSplitting: { groups: VENDOR_GROUPS } } } : {}),
      },
      ...build,
    },
  });
}
