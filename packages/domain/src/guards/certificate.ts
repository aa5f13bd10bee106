import { DomainError, DomainErrorCode } from '../common/domain-error';
import { CertificateStatus } from '../common/enums';

/** How each certificate status reads in the UI. */
export const CERTIFICATE_STATUS_LABELS: Record<CertificateStatus, { zh: string; en: string }> = {
  PENDING: { zh: '待发证', en: 'Pending' },
  VALID: { zh: '有效', en: 'Valid' },
  SUSPENDED: { zh: '暂停使用', en: 'Suspended' },
  REVOKED: { zh: '已吊销', en: 'Revoked' },
};

/** The certificate fields of a guard that the rules look at. */
export interface GuardCertificate {
  name?: string;
  certificateNo: string | null;
  certificateStatus: CertificateStatus | string;
}

/** Whether a guard holds a valid guard certificate (保安员证): status VALID and a number on record. */
export function isCertificateValid(guard: GuardCertificate): boolean {
  return guard.certificateStatus === CertificateStatus.VALID && !!guard.certificateNo?.trim();
}

/** Refuses a guard without a valid certificate for a shift or a filing roster (CERTIFICATE_INVALID). */
export function assertCertificateValid(guard: GuardCertificate): void {
  if (isCertificateValid(guard)) return;
  throw new DomainError(
    DomainErrorCode.CERTIFICATE_INVALID,
    `${guard.name ?? 'The guard'} has no valid guard certificate (保安员证): ${
      guard.certificateNo?.trim() ? `status ${guard.certificateStatus}` : 'no certificate number'
    }`,
    {
      guardName: guard.name ?? null,
      certificateNo: guard.certificateNo?.trim() || null,
      certificateStatus: guard.certificateStatus,
    },
  );
}
