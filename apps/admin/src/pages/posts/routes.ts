import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  { path: 'posts', name: 'posts', component: () => import('./PostListPage.vue') },
  {
    path: 'posts/:id',
    name: 'post-roster',
    component: () => import('./PostRosterPage.vue'),
    props: true,
  },
];
