import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  { path: 'reports', name: 'reports', component: () => import('./ReportListPage.vue') },
  {
    path: 'reports/:id',
    name: 'report',
    component: () => import('./ReportDetailPage.vue'),
    props: true,
  },
];
