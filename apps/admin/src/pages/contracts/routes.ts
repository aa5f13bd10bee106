import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  { path: 'contracts', name: 'contracts', component: () => import('./ContractListPage.vue') },
  {
    path: 'contracts/new',
    name: 'contract-new',
    component: () => import('./ContractFormPage.vue'),
    props: (route) => ({ requestId: String(route.query.request ?? '') }),
  },
  {
    path: 'contracts/:id/edit',
    name: 'contract-edit',
    component: () => import('./ContractFormPage.vue'),
    props: (route) => ({ contractId: String(route.params.id) }),
  },
  {
    path: 'contracts/:id',
    name: 'contract',
    component: () => import('./ContractDetailPage.vue'),
    props: true,
  },
];
