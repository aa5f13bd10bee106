import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  { path: 'requests', name: 'requests', component: () => import('./RequestListPage.vue') },
  { path: 'requests/new', name: 'request-new', component: () => import('./RequestFormPage.vue') },
  {
    path: 'requests/:id',
    name: 'request',
    component: () => import('./RequestDetailPage.vue'),
    props: true,
  },
  { path: 'reports', name: 'reports', component: () => import('./ReportListPage.vue') },
];
