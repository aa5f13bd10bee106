import { formatList, labelled } from '@cqss/ui';
import { useI18n } from 'vue-i18n';

interface Entry {
  action: string;
  detail: unknown;
}

/**
 * An audit entry in words: the act's translated name, and the few details that matter for
 * it (the screen's result, a reason, a retention date). Unknown acts show their code.
 */
export function useAuditDescribe() {
  const { t, te, locale } = useI18n();
  const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));
  const value = (key: string, v: unknown): string => {
    if (typeof v === 'boolean') return v ? t('audit.yes') : t('audit.no');
    if (typeof v === 'string' && te(`audit.values.${v}`)) return t(`audit.values.${v}`);
    return str(v);
  };
  return (entry: Entry): { title: string; detail: string } => {
    const d = (entry.detail ?? {}) as Record<string, unknown>;
    const title = te(`audit.actions.${entry.action}`)
      ? t(`audit.actions.${entry.action}`)
      : entry.action;
    let detail = '';
    switch (entry.action) {
      case 'service_request.screen': {
        const phrases = Array.isArray(d.phrases)
          ? formatList(d.phrases.map(str), locale.value)
          : '';
        detail =
          d.result === 'FLAGGED'
            ? t('audit.details.flagged', { phrases })
            : t('audit.details.clear');
        break;
      }
      case 'service_request.accept':
      case 'service_request.refuse':
        detail = [d.illegal ? t('audit.details.illegal') : '', str(d.note)]
          .filter(Boolean)
          .join(' · ');
        break;
      case 'illegal_request_report.create':
        detail = d.policeOrgan
          ? t('audit.details.reportTo', { organ: str(d.policeOrgan) })
          : t('audit.details.noOrgan');
        break;
      case 'contract.create':
        detail = [str(d.project), d.crossRegion ? t('contracts.crossRegion') : '']
          .filter(Boolean)
          .join(' · ');
        break;
      case 'contract.terminate':
        // The reason is the user's sentence: its own full stop would stand before "；" (。；).
        detail = t('audit.details.terminated', {
          reason: str(d.reason).replace(/[。．.;；，,\s]+$/u, ''),
          on: str(d.terminatedOn),
          until: str(d.retainUntil),
        });
        break;
      case 'contract.purge':
        detail = t('audit.details.purged', { project: str(d.project), until: str(d.retainUntil) });
        break;
      case 'customer_unit.create':
        detail = str(d.name);
        break;
      case 'customer_unit.update': {
        const after = (d.after ?? {}) as Record<string, unknown>;
        detail = str(after.name);
        break;
      }
      case 'account.open':
      case 'account.enable':
        detail = [str(d.displayName), str(d.username)].filter(Boolean).join(' · ');
        break;
      case 'account.password_reset':
      case 'account.disable':
        detail = d.sessionsEnded
          ? t('audit.details.accountSessions', {
              username: str(d.username),
              n: str(d.sessionsEnded),
            })
          : t('audit.details.account', { username: str(d.username) });
        break;
      case 'account.password_change':
        detail = d.firstSignIn ? t('audit.details.firstSignIn') : '';
        break;
      case 'company.create':
      case 'police_organ.create':
        detail = str(d.name);
        break;
      case 'kiosk.register':
        detail = str(d.name);
        break;
      case 'filing.return': {
        const rejected = Array.isArray(d.rejected)
          ? (d.rejected as { key?: string; reason?: string }[])
          : [];
        detail = t('audit.details.returned', {
          n: rejected.length,
          items: rejected
            .map((r) => [r.key, r.reason].filter(Boolean).join(' — '))
            .join(locale.value === 'en' ? '; ' : '；'),
        });
        break;
      }
      case 'filing.review_item':
        detail = [str(d.key), d.status ? value('status', d.status) : '', str(d.reason)]
          .filter(Boolean)
          .join(' · ');
        break;
      case 'illegal_request_report.acknowledge':
      case 'feedback_alert.acknowledge':
        detail = str(d.note ?? d.acknowledgementNote);
        break;
      default:
        detail = '';
    }
    return { title, detail };
  };
}

/** One line of an entry's details, in words: a translated label and a readable value. */
export interface DetailLine {
  key: string;
  label: string;
  value: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The details of an entry as labelled lines (no raw JSON): ids are left out (the target column
 * links the record), yes/no and known codes are translated, lists and before/after are spelled out.
 */
export function useAuditDetailLines() {
  const { t, te, locale } = useI18n();
  const label = (key: string) => (te(`audit.fields.${key}`) ? t(`audit.fields.${key}`) : key);
  const show = (v: unknown): string => {
    if (v == null || v === '') return '—';
    if (typeof v === 'boolean') return v ? t('audit.yes') : t('audit.no');
    if (typeof v === 'string') {
      if (te(`audit.values.${v}`)) return t(`audit.values.${v}`);
      return v;
    }
    if (Array.isArray(v)) return formatList(v.map(show), locale.value) || '—';
    if (typeof v === 'object') {
      return Object.entries(v as Record<string, unknown>)
        .filter(([k, x]) => !k.endsWith('Id') && !(typeof x === 'string' && UUID.test(x)))
        .map(([k, x]) => labelled(label(k), show(x), locale.value))
        .join(locale.value === 'en' ? '; ' : '；');
    }
    return String(v);
  };
  return (detail: unknown): DetailLine[] =>
    Object.entries((detail ?? {}) as Record<string, unknown>)
      .filter(([k, v]) => !k.endsWith('Id') && !(typeof v === 'string' && UUID.test(v)))
      .map(([key, v]) => ({ key, label: label(key), value: show(v) }));
}
