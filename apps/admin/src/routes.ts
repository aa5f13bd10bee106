import type { RouteRecordRaw } from 'vue-router';
import AdminLayout from './components/AdminLayout.vue';

// Each feature folder may add its pages in pages/<feature>/routes.ts (`export const routes`).
const featureRoutes = Object.values(
  import.meta.glob<{ routes: RouteRecordRaw[] }>('./pages/*/routes.ts', { eager: true }),
).flatMap((m) => m.routes);

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    component: AdminLayout,
    children: [
      { path: '', name: 'home', component: () => import('./pages/home/HomePage.vue') },
      ...featureRoutes,
    ],
  },
];
