import { cqssAppConfig } from '@cqss/vite-config';
import { VitePWA } from 'vite-plugin-pwa';

// One small bundle: a lobby tablet loads it once and keeps it.
export default cqssAppConfig({
  name: 'kiosk',
  root: import.meta.url,
  devPort: 5175,
  vendorChunks: false,
  plugins: [
    // A service worker keeps the kiosk's shell on the tablet: reloaded while the network is
    // down, it still opens, takes ratings and keeps them in its outbox (localStorage) until the
    // server answers. The API is never cached: /graphql goes to the network or fails.
    VitePWA({
      registerType: 'autoUpdate',
      // A script file, not inline: the server's CSP allows only scripts of its own origin.
      injectRegister: 'script',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,woff2}'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/graphql/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
});
