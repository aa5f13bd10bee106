import { COMPANY_ROLES } from '@cqss/domain';
import { createConsoleApp } from '@cqss/ui';
import { pageMessages } from './locales';
import { routes } from './routes';

const { app, router } = createConsoleApp({
  app: 'admin',
  allowedRoles: COMPANY_ROLES,
  routes,
  pageMessages,
});

void router.isReady().then(() => app.mount('#app'));
