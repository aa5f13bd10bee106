import { ElMessageBox } from 'element-plus';
import { h } from 'vue';
import { useI18n } from 'vue-i18n';

const line = (label: string, value: string, testid: string) =>
  h('div', { style: 'display:flex;gap:8px;align-items:baseline;margin:4px 0' }, [
    h('span', { style: 'color:var(--el-text-color-secondary);min-width:5em' }, label),
    h(
      'code',
      { 'data-testid': testid, style: 'font-size:16px;font-weight:600;word-break:break-all' },
      value,
    ),
  ]);

/** After an account is opened or reset: the one-time password to hand over, shown once. */
export function useOneTimeNotice() {
  const { t } = useI18n();
  return (username: string, password: string, title: string) =>
    ElMessageBox.alert(
      h('div', [
        line(t('accounts.username'), username, 'one-time-username'),
        line(t('accounts.password'), password, 'one-time-password'),
        h('p', { style: 'margin:12px 0 0;line-height:1.5' }, t('accounts.handOver')),
      ]),
      title,
      { confirmButtonText: t('page.confirm'), type: 'success' },
    ).catch(() => undefined);
}
