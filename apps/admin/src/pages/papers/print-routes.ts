import type { RouteRecordRaw } from 'vue-router';

/** A4 print views: outside the console's frame, so the sheet is all there is to print. */
export const printRoutes: RouteRecordRaw[] = [
  {
    path: '/print/filings/:id/dossier',
    name: 'print-filing-dossier',
    component: () => import('./print/FilingDossierPrint.vue'),
    props: true,
  },
  {
    path: '/print/filings/:id/receipt',
    name: 'print-filing-receipt',
    component: () => import('./print/FilingReceiptPrint.vue'),
    props: true,
  },
  {
    path: '/print/contracts/:id',
    name: 'print-contract',
    component: () => import('./print/ContractPrint.vue'),
    props: true,
  },
  {
    path: '/print/reports/:id',
    name: 'print-report',
    component: () => import('./print/ReportPrint.vue'),
    props: true,
  },
  {
    path: '/print/posts/:id/handovers',
    name: 'print-handover-book',
    component: () => import('./print/HandoverBookPrint.vue'),
    props: true,
  },
];
