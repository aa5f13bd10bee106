import { fieldError } from '../common/domain-error';
import { EmploymentStatus } from '../common/enums';
import { assertCertificateValid, type GuardCertificate } from './certificate';

/** How each employment status reads in the UI. */
export const EMPLOYMENT_STATUS_LABELS: Record<EmploymentStatus, { zh: string; en: string }> = {
  ACTIVE: { zh: '在职', en: 'Active' },
  ON_LEAVE: { zh: '休假', en: 'On leave' },
  LEFT: { zh: '离职', en: 'Left' },
};

/**
 * Refuses a guard who cannot be put on a shift: one who is not ACTIVE (BAD_USER_INPUT on
 * guardId, NOT_EMPLOYED), or without a valid certificate (CERTIFICATE_INVALID).
 */
export function assertCanBeRostered(
  guard: GuardCertificate & { employmentStatus: EmploymentStatus | string },
): void {
  if (guard.employmentStatus !== EmploymentStatus.ACTIVE) {
    throw fieldError(
      'guardId',
      'NOT_EMPLOYED',
      { guardName: guard.name ?? null, employmentStatus: guard.employmentStatus },
      `${guard.name ?? 'The guard'} is not in active employment (${guard.employmentStatus})`,
    );
  }
  assertCertificateValid(guard);
}
