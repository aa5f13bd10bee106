import type { RouteRecordRaw } from 'vue-router';
import PoliceLayout from './components/PoliceLayout.vue';

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    component: PoliceLayout,
    children: [
      { path: '', name: 'home', component: () => import('./pages/home/HomePage.vue') },
    ],
  },
];
