import type { RouteRecordRaw } from 'vue-router';
import { printRoutes } from './pages/papers/print-routes';

// Each feature folder may add its pages in pages/<feature>/routes.ts (`export const routes`).
const featureRoutes = Object.values(
  import.meta.glob<{ routes: RouteRecordRaw[] }>('./pages/*/routes.ts', { eager: true }),
).flatMap((m) => m.routes);

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    // Lazy: the login screen does not need the app's frame.
    component: () => import('./components/AdminLayout.vue'),
    children: [
      { path: '', name: 'home', component: () => import('./pages/home/HomePage.vue') },
      ...featureRoutes,
    ],
  },
  ...printRoutes,
];
