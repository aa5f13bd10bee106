import { DomainError, DomainErrorCode } from '../common/domain-error';
import type { FieldProblem } from '../common/field-problem';
import { ContractStatus, FilingItemKind } from '../common/enums';
import { daysBetween, addDays, toCalendarDate } from '../calendar/calendar-date';
import { isCertificateValid } from '../guards/certificate';
import { isValidCreditCode } from '../identity/credit-code';
import { isValidIdNumber, maskIdNumber } from '../identity/id-number';

/** The live records a cross-region filing dossier is assembled from. */
export interface DossierInput {
  company: {
    securityLicenseNo: string | null;
    /** The business licence number, i.e. the unified social credit code. */
    businessLicenseNo: string | null;
    /** Expiry of the company's licence where it has one; null or absent when open-ended. */
    licenseExpiresOn?: string | null;
  };
  contract: {
    project: string | null;
    content: string | null;
    startsOn: string;
    endsOn: string;
    status?: ContractStatus;
  };
  projectLeader: { name: string; phone?: string | null } | null;
  guards: readonly {
    id?: string;
    name: string;
    certificateNo: string | null;
    certificateStatus: string;
    idNumber: string;
  }[];
}

/** Stable codes for what blocks a filing's submission; clients translate them. */
export const DossierProblemCode = {
  SECURITY_LICENSE_MISSING: 'SECURITY_LICENSE_MISSING',
  BUSINESS_LICENSE_MISSING: 'BUSINESS_LICENSE_MISSING',
  BUSINESS_LICENSE_INVALID: 'BUSINESS_LICENSE_INVALID',
  LICENSE_EXPIRED: 'LICENSE_EXPIRED',
  CONTRACT_PROJECT_MISSING: 'CONTRACT_PROJECT_MISSING',
  CONTRACT_CONTENT_MISSING: 'CONTRACT_CONTENT_MISSING',
  CONTRACT_TERM_INVALID: 'CONTRACT_TERM_INVALID',
  CONTRACT_ENDED: 'CONTRACT_ENDED',
  CONTRACT_TERMINATED: 'CONTRACT_TERMINATED',
  PROJECT_LEADER_MISSING: 'PROJECT_LEADER_MISSING',
  NO_GUARDS: 'NO_GUARDS',
  GUARD_NAME_MISSING: 'GUARD_NAME_MISSING',
  GUARD_CERTIFICATE_MISSING: 'GUARD_CERTIFICATE_MISSING',
  GUARD_CERTIFICATE_INVALID: 'GUARD_CERTIFICATE_INVALID',
  GUARD_ID_NUMBER_INVALID: 'GUARD_ID_NUMBER_INVALID',
  GUARD_DUPLICATE: 'GUARD_DUPLICATE',
} as const;
export type DossierProblemCode = (typeof DossierProblemCode)[keyof typeof DossierProblemCode];

/** What each problem says in English (the server's message; clients translate the code). */
export const DOSSIER_PROBLEM_MESSAGES: Record<DossierProblemCode, string> = {
  SECURITY_LICENSE_MISSING: 'No security service licence number',
  BUSINESS_LICENSE_MISSING: 'No business licence number',
  BUSINESS_LICENSE_INVALID: 'The business licence number is not a valid unified social credit code',
  LICENSE_EXPIRED: 'The licence has expired',
  CONTRACT_PROJECT_MISSING: 'The contract names no project',
  CONTRACT_CONTENT_MISSING: 'The contract states no service content',
  CONTRACT_TERM_INVALID: 'The contract ends before it starts',
  CONTRACT_ENDED: 'The contract term is over',
  CONTRACT_TERMINATED: 'The contract has been terminated',
  PROJECT_LEADER_MISSING: 'No service project leader',
  NO_GUARDS: 'No guards on the roster',
  GUARD_NAME_MISSING: "A guard's name is missing",
  GUARD_CERTIFICATE_MISSING: 'A guard has no certificate number',
  GUARD_CERTIFICATE_INVALID: "A guard's certificate is not valid",
  GUARD_ID_NUMBER_INVALID: "A guard's ID number is not valid",
  GUARD_DUPLICATE: 'A guard is listed twice',
};

/** One thing to fix: a stable code, the field path it concerns (`guards.2.certificateStatus`), values for the message. */
export interface DossierProblem extends FieldProblem<DossierProblemCode> {
  params: Record<string, string | number | null>;
}

const blank = (s: string | null | undefined) => !s?.trim();

/** Everything that blocks submitting a filing dossier, in dossier order; empty when it may be submitted. */
export function checkDossier(dossier: DossierInput, today: string | Date): DossierProblem[] {
  const problems: DossierProblem[] = [];
  const add = (code: DossierProblemCode, field: string, params: DossierProblem['params'] = {}) =>
    problems.push({ code, field, message: DOSSIER_PROBLEM_MESSAGES[code], params });
  const day = toCalendarDate(today, 'today');
  const { company, contract, projectLeader, guards } = dossier;

  if (blank(company.securityLicenseNo))
    add('SECURITY_LICENSE_MISSING', 'company.securityLicenseNo');
  if (blank(company.businessLicenseNo))
    add('BUSINESS_LICENSE_MISSING', 'company.businessLicenseNo');
  else if (!isValidCreditCode(company.businessLicenseNo!))
    add('BUSINESS_LICENSE_INVALID', 'company.businessLicenseNo');
  if (company.licenseExpiresOn && daysBetween(day, company.licenseExpiresOn) < 0)
    add('LICENSE_EXPIRED', 'company.licenseExpiresOn', { expiredOn: company.licenseExpiresOn });

  if (blank(contract.project)) add('CONTRACT_PROJECT_MISSING', 'contract.project');
  if (blank(contract.content)) add('CONTRACT_CONTENT_MISSING', 'contract.content');
  if (daysBetween(contract.startsOn, contract.endsOn) < 0)
    add('CONTRACT_TERM_INVALID', 'contract.endsOn');
  else if (daysBetween(day, contract.endsOn) < 0)
    add('CONTRACT_ENDED', 'contract.endsOn', { endedOn: contract.endsOn });
  if (contract.status === ContractStatus.TERMINATED) add('CONTRACT_TERMINATED', 'contract.status');

  if (!projectLeader || blank(projectLeader.name)) add('PROJECT_LEADER_MISSING', 'projectLeader');

  if (!guards.length) add('NO_GUARDS', 'guards');
  const seen = new Map<string, number>();
  guards.forEach((g, i) => {
    const name = g.name?.trim() || null;
    if (!name) add('GUARD_NAME_MISSING', `guards.${i}.name`);
    if (blank(g.certificateNo))
      add('GUARD_CERTIFICATE_MISSING', `guards.${i}.certificateNo`, { name });
    else if (!isCertificateValid(g))
      add('GUARD_CERTIFICATE_INVALID', `guards.${i}.certificateStatus`, {
        name,
        certificateNo: g.certificateNo,
        certificateStatus: g.certificateStatus,
      });
    const id = g.idNumber.trim().toUpperCase();
    if (!isValidIdNumber(id)) add('GUARD_ID_NUMBER_INVALID', `guards.${i}.idNumber`, { name });
    const first = seen.get(id);
    if (first !== undefined)
      add('GUARD_DUPLICATE', `guards.${i}.idNumber`, { name, sameAs: first });
    else seen.set(id, i);
  });
  return problems;
}

/** Refuses to submit a dossier with problems (DOSSIER_INCOMPLETE, with its `count` and the problems). */
export function assertDossierComplete(dossier: DossierInput, today: string | Date): void {
  const problems = checkDossier(dossier, today);
  if (problems.length) {
    throw new DomainError(
      DomainErrorCode.DOSSIER_INCOMPLETE,
      `The filing cannot be submitted yet: ${problems.length} item(s) to fix`,
      { count: problems.length },
      problems,
    );
  }
}

/** One item of a frozen dossier, as an officer reviews it; the content never holds a full ID number. */
export interface DossierItem {
  key: string;
  kind: FilingItemKind;
  content: Record<string, string | null>;
}

/** The dossier as the items frozen into a submission snapshot: licences, contract, leader, then one item per guard (ID masked). */
export function dossierItems(dossier: DossierInput): DossierItem[] {
  const { company, contract, projectLeader, guards } = dossier;
  return [
    {
      key: 'security-license',
      kind: FilingItemKind.SECURITY_LICENSE,
      content: { securityLicenseNo: company.securityLicenseNo },
    },
    {
      key: 'business-license',
      kind: FilingItemKind.BUSINESS_LICENSE,
      content: {
        businessLicenseNo: company.businessLicenseNo,
        licenseExpiresOn: company.licenseExpiresOn ?? null,
      },
    },
    {
      key: 'contract',
      kind: FilingItemKind.SERVICE_CONTRACT,
      content: {
        project: contract.project,
        content: contract.content,
        startsOn: contract.startsOn,
        endsOn: contract.endsOn,
      },
    },
    {
      key: 'project-leader',
      kind: FilingItemKind.PROJECT_LEADER,
      content: { name: projectLeader?.name ?? null, phone: projectLeader?.phone ?? null },
    },
    ...guards.map((g, i) => ({
      key: `guard-${g.id ?? i}`,
      kind: FilingItemKind.GUARD,
      content: {
        name: g.name,
        certificateNo: g.certificateNo,
        idNumberMasked: maskIdNumber(g.idNumber.trim().toUpperCase()),
      },
    })),
  ];
}

/** The last day a filing is on time: the day before the contract's service starts (implementing measures Art. 26). */
export function filingDueDate(contractStartDate: string | Date): string {
  return addDays(toCalendarDate(contractStartDate, 'startsOn'), -1);
}

/** Days from today to the due date: 0 when due today, negative when overdue. */
export function daysUntilDue(dueDate: string | Date, today: string | Date): number {
  return daysBetween(toCalendarDate(today, 'today'), toCalendarDate(dueDate, 'dueDate'));
}

/**
 * The key of the dossier item a problem concerns (as `dossierItems` names them), or null for
 * the roster as a whole (NO_GUARDS): so the "what to fix" list stands next to its item.
 */
export function dossierProblemItemKey(
  problem: DossierProblem,
  dossier: DossierInput,
): string | null {
  const [section, index] = problem.field.split('.');
  if (section === 'company')
    return problem.field === 'company.securityLicenseNo' ? 'security-license' : 'business-license';
  if (section === 'contract') return 'contract';
  if (section === 'projectLeader') return 'project-leader';
  if (section === 'guards' && index !== undefined) {
    const i = Number(index);
    return `guard-${dossier.guards[i]?.id ?? i}`;
  }
  return null;
}

/**
 * Refuses a filing when the platform knows no public security organ for the city of the
 * service location (FILING_ORGAN_UNKNOWN): it cannot be sent anywhere yet.
 */
export function assertFilingAddressee<T>(
  organ: T | null | undefined,
  cityCode: string,
  cityName: string | null,
): asserts organ is T {
  if (!organ) {
    throw new DomainError(
      DomainErrorCode.FILING_ORGAN_UNKNOWN,
      `The platform knows no public security organ for ${cityName ?? cityCode} yet: the filing cannot be sent`,
      { cityCode, cityName },
    );
  }
}
