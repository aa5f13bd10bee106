import { createAppI18n } from '@cqss/ui/i18n';
import { createApp } from 'vue';
import { createRouter, createWebHistory } from 'vue-router';
import App from './App.vue';
import PairPage from './pages/PairPage.vue';
import StartPage from './pages/StartPage.vue';
import UnpairedPage from './pages/UnpairedPage.vue';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import { loadSession, pairingLost, session } from './session';
import './styles.css';

const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    // Every screen in the one bundle: a lobby tablet should not wait on a second request.
    { path: '/', name: 'start', component: StartPage },
    { path: '/pair', name: 'pair', component: PairPage },
    { path: '/unpaired', name: 'unpaired', component: UnpairedPage },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
});

// The start screen needs a paired device; a device that lost its pairing says so first.
router.beforeEach(async (to) => {
  if (to.name !== 'start' || session.value) return true;
  try {
    if (await loadSession()) return true;
    return { name: pairingLost.value ? 'unpaired' : 'pair' };
  } catch {
    return true; // Offline and never paired here: the start screen shows it and retries.
  }
});

const app = createApp(App);
app.use(createAppI18n({ 'zh-CN': zhCN, en }));
app.use(router);
void router.isReady().then(() => app.mount('#app'));
