import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  { path: 'on-duty', name: 'on-duty', component: () => import('./OnDutyPage.vue') },
];
