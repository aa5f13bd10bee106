import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: 'filings',
    name: 'filings',
    component: () => import('./FilingListPage.vue'),
  },
  {
    path: 'filings/:id',
    name: 'filing',
    component: () => import('./FilingDetailPage.vue'),
    props: true,
  },
];
