import type { RouteRecordRaw } from 'vue-router';
import PoliceLayout from './components/PoliceLayout.vue';

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    component: PoliceLayout,
    children: [
      { path: '', name: 'home', component: () => import('./pages/home/HomePage.vue') },
      {
        path: 'filings',
        name: 'filings',
        component: () => import('./pages/filings/FilingQueuePage.vue'),
      },
      {
        path: 'filings/:id',
        name: 'filing',
        component: () => import('./pages/filings/FilingReviewPage.vue'),
        props: true,
      },
      {
        path: 'reports',
        name: 'reports',
        component: () => import('./pages/reports/ReportListPage.vue'),
      },
      {
        path: 'reports/:id',
        name: 'report',
        component: () => import('./pages/reports/ReportDetailPage.vue'),
        props: true,
      },
      {
        path: 'companies',
        name: 'companies',
        component: () => import('./pages/companies/CompanyListPage.vue'),
      },
      {
        path: 'companies/:id',
        name: 'company',
        component: () => import('./pages/companies/CompanyPage.vue'),
        props: true,
      },
    ],
  },
];
