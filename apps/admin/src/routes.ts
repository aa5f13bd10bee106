import type { RouteRecordRaw } from 'vue-router';
import AdminLayout from './components/AdminLayout.vue';

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    component: AdminLayout,
    children: [
      { path: '', name: 'home', component: () => import('./pages/home/HomePage.vue') },
    ],
  },
];
