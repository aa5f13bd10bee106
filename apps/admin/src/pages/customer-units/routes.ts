import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: 'customer-units',
    name: 'customer-units',
    component: () => import('./CustomerUnitListPage.vue'),
  },
];
