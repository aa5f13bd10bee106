import { createApiClient, provideApiClient, type ApolloClient, type Role } from '@cqss/api-client';
import { createApp } from 'vue';
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import AppRoot from './components/AppRoot.vue';
import LoginPage from './components/LoginPage.vue';
import { formatError } from './format';
import { createAppI18n, type Locale } from './i18n';
import { sessionGuard, type AppName } from './session';

export interface ConsoleAppOptions {
  app: AppName;
  /** Roles that may use this app; others are told which app is theirs. */
  allowedRoles: readonly Role[];
  /** The app's signed-in pages (the login route is added here). */
  routes: RouteRecordRaw[];
  messages: Partial<Record<Locale, Record<string, unknown>>>;
}

/**
 * Wires a console app the same way for admin and police: i18n, the API client with its
 * error link, the router under the app's base path with a login route and the session guard.
 */
export function createConsoleApp({ app: name, allowedRoles, routes, messages }: ConsoleAppOptions) {
  const i18n = createAppI18n(messages);
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes: [
      {
        path: '/login',
        name: 'login',
        component: LoginPage,
        props: { app: name, allowedRoles },
        meta: { public: true },
      },
      ...routes,
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
  });
  const t = (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {});

  const client: ApolloClient = createApiClient({
    translateError: (error) => formatError(error, t),
    onUnauthenticated: () => {
      const current = router.currentRoute.value;
      // The first navigation and the login page handle a missing session themselves.
      if (current.matched.length === 0 || current.meta.public) return;
      void client
        .clearStore()
        .then(() =>
          router.replace({ name: 'login', query: { expired: '1', redirect: current.fullPath } }),
        );
    },
  });
  router.beforeEach(sessionGuard(client, allowedRoles));

  const app = createApp(AppRoot);
  app.use(i18n);
  app.use(router);
  provideApiClient(app, client);
  return { app, router, client, i18n };
}

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
  }
}
