import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  { path: 'companies', name: 'companies', component: () => import('./CompanyListPage.vue') },
  {
    path: 'companies/:id',
    name: 'company',
    component: () => import('./CompanyPage.vue'),
    props: true,
  },
];
