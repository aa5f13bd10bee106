import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  { path: 'guards', name: 'guards', component: () => import('./GuardListPage.vue') },
];
