import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: 'feedback',
    name: 'feedback',
    component: () => import('./FeedbackDashboardPage.vue'),
  },
  {
    path: 'feedback/alerts',
    name: 'feedback-alerts',
    component: () => import('./FeedbackAlertsPage.vue'),
  },
  {
    path: 'feedback/kiosks',
    name: 'feedback-kiosks',
    component: () => import('./KioskListPage.vue'),
  },
];
