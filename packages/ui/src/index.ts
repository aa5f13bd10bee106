import './element-plus';
import './styles.css';

export { default as AppFrame } from './components/AppFrame.vue';
export { default as AppRoot } from './components/AppRoot.vue';
export { default as LanguageSwitch } from './components/LanguageSwitch.vue';
export { default as LoginPage } from './components/LoginPage.vue';
export { default as QueryState } from './components/QueryState.vue';
export { default as FilingItemFields } from './components/filing/FilingItemFields.vue';
export { default as FilingStatusTag } from './components/filing/FilingStatusTag.vue';
export { formatWaiting } from './filing';
export { formatDate, formatDateTime, formatError, formatTime, TIME_ZONE } from './format';
export {
  createAppI18n,
  DEFAULT_LOCALE,
  initialLocale,
  isLocale,
  LOCALES,
  mergeMessages,
  sharedMessages,
  type AppI18n,
  type Locale,
} from './i18n';
export type { NavItem } from './nav';
export { createConsoleApp, type ConsoleAppOptions } from './console-app';
export {
  currentUser,
  otherAppFor,
  sessionGuard,
  signOut,
  type AppName,
  type SessionUser,
} from './session';
