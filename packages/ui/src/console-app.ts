import { createApiClient, provideApiClient, type ApolloClient, type Role } from '@cqss/api-client';
import { createApp } from 'vue';
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import AppRoot from './components/AppRoot.vue';
import LoginPage from './components/LoginPage.vue';
import NotFoundPage from './components/NotFoundPage.vue';
import { formatError } from './format';
import { createAppI18n, type Locale } from './i18n';
import { lazyMessages, provideLocaleSwitch, type MessageLoaders } from './i18n/lazy-messages';
import { sessionGuard, type AppName } from './session';

export interface ConsoleAppOptions {
  app: AppName;
  /** Roles that may use this app; others are told which app is theirs. */
  allowedRoles: readonly Role[];
  /** The app's signed-in pages (the login route is added here). */
  routes: RouteRecordRaw[];
  /** The app's messages that load with the login screen (beside the shared ones). */
  messages?: Partial<Record<Locale, Record<string, unknown>>>;
  /** The signed-in pages' messages, loaded before the first of them (not with the login screen). */
  pageMessages?: MessageLoaders;
}

/**
 * Wires a console app the same way for admin and police: i18n, the API client with its
 * error link, the router under the app's base path with a login route and the session guard.
 */
export function createConsoleApp({
  app: name,
  allowedRoles,
  routes,
  messages = {},
  pageMessages = {},
}: ConsoleAppOptions) {
  const i18n = createAppI18n(messages);
  const later = lazyMessages(i18n, pageMessages);
  // An unknown address gets a page that says so, inside the app's frame when it has one.
  const notFound: RouteRecordRaw = {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: NotFoundPage,
  };
  const framed = routes.find((r) => r.path === '/' && r.children);
  const appRoutes = framed
    ? routes.map((r) => (r === framed ? { ...r, children: [...r.children!, notFound] } : r))
    : [...routes, notFound];
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
      {
        // Outside the app's frame: with a one-time password nothing else would load.
        path: '/password',
        name: 'change-password',
        component: () => import('./components/ChangePasswordPage.vue'),
        props: { app: name },
      },
      ...appRoutes,
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
    onPasswordChangeRequired: () => {
      const current = router.currentRoute.value;
      if (current.name === 'change-password' || current.meta.public) return;
      void router.replace({ name: 'change-password', query: { redirect: current.fullPath } });
    },
  });
  router.beforeEach(sessionGuard(client, allowedRoles));
  router.beforeEach(async (to) => {
    if (!to.meta.public) await later.load();
  });

  const app = createApp(AppRoot);
  app.use(i18n);
  app.use(router);
  provideApiClient(app, client);
  provideLocaleSwitch(app, later.switchTo);
  return { app, router, client, i18n };
}

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
  }
}
