import './element-plus';
import './styles.css';

export { default as AppFrame } from './components/AppFrame.vue';
export { default as AppRoot } from './components/AppRoot.vue';
export { default as LanguageSwitch } from './components/LanguageSwitch.vue';
export { default as LoginPage } from './components/LoginPage.vue';
export { default as QueryState } from './components/QueryState.vue';
export { default as FilingItemFields } from './components/filing/FilingItemFields.vue';
export { default as FilingItemCard } from './components/filing/FilingItemCard.vue';
export { default as FilingStatusTag } from './components/filing/FilingStatusTag.vue';
export { default as FilingSubmissions } from './components/filing/FilingSubmissions.vue';
export { default as FilingTimeline } from './components/filing/FilingTimeline.vue';
export { filingItemTitle, formatWaiting, verdictType } from './filing';
export { default as DateRange } from './kit/DateRange.vue';
export { default as DetailPage } from './kit/DetailPage.vue';
export { default as ErrorAlert } from './kit/ErrorAlert.vue';
export { default as ExportButton } from './kit/ExportButton.vue';
export { default as FormDialog } from './kit/FormDialog.vue';
export { default as FilterSelect } from './kit/FilterSelect.vue';
export { default as FormField } from './kit/FormField.vue';
export { default as PageForm } from './kit/PageForm.vue';
export { default as ListFooter } from './kit/ListFooter.vue';
export { default as ListPage } from './kit/ListPage.vue';
export { default as ListSection } from './kit/ListSection.vue';
export { default as PageHeader } from './kit/PageHeader.vue';
export { default as PageLayout } from './kit/PageLayout.vue';
export { default as RemoteSelect } from './kit/RemoteSelect.vue';
export { default as SearchInput } from './kit/SearchInput.vue';
export { default as SectionCard } from './kit/SectionCard.vue';
export { provideFormProblems } from './kit/form-problems';
export { useFormSubmit } from './kit/useFormSubmit';
export { useFreshRows } from './kit/useFreshRows';
export { useSettled } from './kit/useSettled';
export { periodRule, requiredRule } from './kit/rules';
export { errorText, fieldProblemsOf, problemText, type FieldProblem } from './kit/problems';
export { useAction, type Action, type ActionConfirm, type ActionOptions } from './kit/useAction';
export {
  formatDate,
  formatDateTime,
  formatError,
  formatList,
  formatMoment,
  formatTime,
  labelled,
  TIME_ZONE,
} from './format';
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
export type { MessageLoaders } from './i18n/lazy-messages';
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
export { default as DocumentList } from './components/papers/DocumentList.vue';
export { default as PrintSheet } from './components/papers/PrintSheet.vue';
export { default as DateField } from './kit/DateField.vue';
export { default as EnumSelect } from './kit/EnumSelect.vue';
export { useFormModel } from './kit/useFormModel';
export { default as SheetRow } from './components/papers/SheetRow.vue';
export { checkRule, phoneRule } from './kit/rules';
export { default as DateTimeColumn } from './kit/DateTimeColumn.vue';
export { useFormDialog, type FormDialogOptions } from './kit/useFormDialog';
export { useDialogFor } from './kit/useDialogFor';
export { chosen, rangeVariables } from './kit/filters';
