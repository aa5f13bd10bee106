import {
  LEGALITY_RULES,
  REVIEW_CHECKS,
  SERVICE_CATALOGUE,
  type LegalityRuleId,
  type ReviewCheck,
  type ServiceKind,
} from '@cqss/domain';
import { useI18n } from 'vue-i18n';

/**
 * Labels of the domain's own tables (services, rules of Art. 30, checks of Art. 25) in the
 * user's language: the tables carry both, so the UI shows exactly what the rules say.
 */
export function useDomainLabels() {
  const { locale } = useI18n();
  const en = () => locale.value === 'en';
  return {
    service: (kind: ServiceKind | string) => {
      const item = SERVICE_CATALOGUE.find((s) => s.kind === kind);
      return item ? (en() ? item.en : item.zh) : kind;
    },
    rule: (id: LegalityRuleId | string) => {
      const rule = LEGALITY_RULES.find((r) => r.id === id);
      return rule ? (en() ? rule.title.en : rule.title.zh) : id;
    },
    basis: (id: LegalityRuleId | string) => {
      const rule = LEGALITY_RULES.find((r) => r.id === id);
      return rule ? (en() ? rule.basisEn : rule.basis) : '';
    },
    check: (check: ReviewCheck | string) => {
      const item = REVIEW_CHECKS.find((c) => c.check === check);
      return item ? (en() ? item.en : item.zh) : check;
    },
  };
}
