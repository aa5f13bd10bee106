import { Role } from '@cqss/domain';
import { createConsoleApp } from '@cqss/ui';
import { pageMessages } from './locales';
import { routes } from './routes';

const { app, router } = createConsoleApp({
  app: 'police',
  allowedRoles: [Role.POLICE_OFFICER],
  routes,
  pageMessages,
});

void router.isReady().then(() => app.mount('#app'));
