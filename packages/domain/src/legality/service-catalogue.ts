import { ServiceKind } from '../common/enums';

/** A service a customer may ask for, with its labels; `lawful: false` ones exist so intake can record what must be refused. */
export interface ServiceItem {
  kind: ServiceKind;
  zh: string;
  en: string;
  lawful: boolean;
}

/**
 * The request form's checklist: first the services of Regulation Art. 2 (门卫、巡逻、守护、押运、
 * 随身护卫、安全检查、安全技术防范、安全风险评估, plus order at large events), then acts customers
 * sometimes ask for that a guard may never do (Art. 30).
 */
export const SERVICE_CATALOGUE: readonly ServiceItem[] = [
  { kind: ServiceKind.GATE_DUTY, zh: '门卫', en: 'Gate duty', lawful: true },
  { kind: ServiceKind.PATROL, zh: '巡逻', en: 'Patrol', lawful: true },
  { kind: ServiceKind.GUARDING, zh: '守护', en: 'Guarding a site or property', lawful: true },
  { kind: ServiceKind.CASH_ESCORT, zh: '押运', en: 'Cash and valuables escort', lawful: true },
  {
    kind: ServiceKind.PERSONAL_PROTECTION,
    zh: '随身护卫',
    en: 'Personal protection',
    lawful: true,
  },
  {
    kind: ServiceKind.EVENT_SECURITY,
    zh: '大型活动秩序维护',
    en: 'Event crowd management',
    lawful: true,
  },
  {
    kind: ServiceKind.SECURITY_INSPECTION,
    zh: '安全检查',
    en: 'Security inspection',
    lawful: true,
  },
  {
    kind: ServiceKind.TECHNICAL_MONITORING,
    zh: '安全技术防范（技防监控）',
    en: 'Technical prevention and monitoring',
    lawful: true,
  },
  {
    kind: ServiceKind.RISK_ASSESSMENT,
    zh: '安全风险评估',
    en: 'Security risk assessment',
    lawful: true,
  },
  {
    kind: ServiceKind.DETAINING_PERSONS,
    zh: '扣留、看管人员',
    en: 'Holding or detaining people',
    lawful: false,
  },
  {
    kind: ServiceKind.BODY_SEARCH,
    zh: '搜身、翻查物品',
    en: 'Searching people or their belongings',
    lawful: false,
  },
  {
    kind: ServiceKind.SEIZING_DOCUMENTS,
    zh: '扣押证件、财物',
    en: 'Holding documents or property',
    lawful: false,
  },
  { kind: ServiceKind.DEBT_COLLECTION, zh: '追讨债务', en: 'Debt collection', lawful: false },
  {
    kind: ServiceKind.DISPUTE_ENFORCEMENT,
    zh: '以强制手段处置纠纷',
    en: 'Settling disputes by force',
    lawful: false,
  },
  {
    kind: ServiceKind.PRIVATE_INVESTIGATION,
    zh: '调查他人隐私',
    en: 'Investigating private individuals',
    lawful: false,
  },
];

/** The catalogue entry of a service kind, or undefined for an unknown string. */
export function serviceItem(kind: string): ServiceItem | undefined {
  return SERVICE_CATALOGUE.find((s) => s.kind === kind);
}
