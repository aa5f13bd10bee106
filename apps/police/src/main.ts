import { Role } from '@cqss/domain';
import { createConsoleApp } from '@cqss/ui';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import { routes } from './routes';

const { app, router } = createConsoleApp({
  app: 'police',
  allowedRoles: [Role.POLICE_OFFICER],
  routes,
  messages: { 'zh-CN': zhCN, en },
});

void router.isReady().then(() => app.mount('#app'));
