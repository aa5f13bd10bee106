// The Vite config every CQSS web app shares (plain JS so Vite loads it without bundling).
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import VueI18n from '@intlify/unplugin-vue-i18n/vite';
import vue from '@vitejs/plugin-vue';
import ElementPlus from 'unplugin-element-plus/vite';
import { defaultClientConditions, defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { graphqlDocumentsPerRoute } from './graphql-documents.js';

// Element Plus is not a vendor chunk: each screen loads the components it imports, and no more.
const VENDOR_GROUPS = [
  {
    name: 'vendor-apollo',
    test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|optimism|@wry|tslib|@graphql-typed-document-node)/,
  },
  { name: 'vendor-vue', test: /node_modules[\\/](vue|@vue|vue-router|vue-i18n|@intlify)[\\/]/ },
];

/**
 * @param {import('./index').CqssAppOptions} options
 * @returns {import('vite').UserConfig}
 */
export function cqssAppConfig({
  name,
  root,
  devPort,
  api = 'http://127.0.0.1:4000',
  vendorChunks = true,
  build = {},
  plugins = [],
}) {
  const appRoot = fileURLToPath(new URL('.', root));
  // The shared messages of @cqss/ui, as the app resolves it (the plugin matches real paths).
  const sharedLocales = realpathSync(path.join(appRoot, 'node_modules/@cqss/ui/src/locales'));
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
        // Every message is precompiled, so the message compiler is left out of the bundle too.
        dropMessageCompiler: true,
      }),
      // Each `import { ElX } from 'element-plus'` brings that component's stylesheet along.
      ElementPlus({}),
      graphqlDocumentsPerRoute(),
      // Every asset also as .br and .gz, served by content negotiation (apps/server static-apps.ts).
      compression({ algorithms: ['brotliCompress', 'gzip'], exclude: [/\.vite[\\/]/] }),
      ...plugins,
    ],
    resolve: { conditions: ['@cqss/source', ...defaultClientConditions] },
    server: {
      port: devPort,
      strictPort: true,
      proxy: { '/graphql': { target: api, ws: true }, '/exports': { target: api } },
    },
    preview: {
      port: devPort,
      proxy: { '/graphql': { target: api, ws: true }, '/exports': { target: api } },
    },
    build: {
      target: 'es2022',
      // Read by the size check (tooling/web-perf) to walk what each screen loads.
      manifest: true,
      // Libraries change less often than the app: separate chunks stay cached across releases.
      rolldownOptions: {
        treeshake: {
          moduleSideEffects: [
            // @cqss/domain is pure functions and data, but its division table is filled at module
            // load; marked side-effect free, an app that uses only its role rules does not ship it.
            { test: /packages[\\/]domain[\\/]src[\\/]/, sideEffects: false },
            // @cqss/ui's components and helpers likewise (its index and element-plus.ts load
            // styles): the login screen does not ship the app frame it re-exports.
            {
              test: /packages[\\/]ui[\\/]src[\\/](?!index\.ts$|element-plus\.ts$).*\.(ts|vue)$/,
              sideEffects: false,
            },
          ],
        },
        ...(vendorChunks ? { output: { codeSplitting: { groups: VENDOR_GROUPS } } } : {}),
      },
      ...build,
    },
  });
}
