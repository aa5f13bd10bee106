import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  { path: 'queue', name: 'queue', component: () => import('./SupervisorQueuePage.vue') },
];
