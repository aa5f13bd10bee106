import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  { path: 'filings', name: 'filings', component: () => import('./FilingQueuePage.vue') },
  {
    path: 'filings/:id',
    name: 'filing',
    component: () => import('./FilingReviewPage.vue'),
    props: true,
  },
];
