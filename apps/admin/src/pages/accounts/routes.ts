import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  { path: 'accounts', name: 'accounts', component: () => import('./AccountListPage.vue') },
];
