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
  const { t, te } = useI18n();
  const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));
  return (entry: Entry): { title: string; detail: string } => {
    const d = (entry.detail ?? {}) as Record<string, unknown>;
    const title = te(`audit.actions.${entry.action}`)
      ? t(`audit.actions.${entry.action}`)
      : entry.action;
    let detail = '';
    switch (entry.action) {
      case 'service_request.screen': {
        const phrases = Array.isArray(d.phrases) ? d.phrases.map(str).join('、') : '';
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
        detail = t('audit.details.terminated', {
          reason: str(d.reason),
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
      case 'kiosk.register':
        detail = str(d.name);
        break;
      default:
        detail = '';
    }
    return { title, detail };
  };
}
