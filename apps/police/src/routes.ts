import type { RouteRecordRaw } from 'vue-router';

// Each feature folder adds its pages in pages/<feature>/routes.ts (`export const routes`).
const featureRoutes = Object.values(
  import.meta.glob<{ routes: RouteRecordRaw[] }>('./pages/*/routes.ts', { eager: true }),
).flatMap((m) => m.routes);

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    // Lazy: the login screen does not need the app's frame.
    component: () => import('./components/PoliceLayout.vue'),
    children: featureRoutes,
  },
];
