import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  { path: 'handovers', name: 'handover-book', component: () => import('./HandoverBookPage.vue') },
  { path: 'inquiries', name: 'inquiry-book', component: () => import('./InquiryBookPage.vue') },
];
