import { describe, expect, it } from 'vitest';
import {
  CERTIFICATE_STATUS_LABELS,
  assertCertificateValid,
  isCertificateValid,
} from './certificate';
import { CertificateStatus } from '../common/enums';

describe('guard certificates', () => {
  it.each([
    [CertificateStatus.VALID, '渝保证2019000101', true],
    [CertificateStatus.PENDING, '渝保证2019000101', false],
    [CertificateStatus.SUSPENDED, '渝保证2019000101', false],
    [CertificateStatus.REVOKED, '渝保证2019000101', false],
    [CertificateStatus.VALID, '', false],
    [CertificateStatus.VALID, '   ', false],
    [CertificateStatus.VALID, null, false],
    ['SOMETHING_ELSE', '渝保证2019000101', false],
  ])('status %s, number %j → valid %s', (certificateStatus, certificateNo, valid) => {
    const guard = { name: '张伟', certificateNo, certificateStatus };
    expect(isCertificateValid(guard)).toBe(valid);
    if (valid) expect(() => assertCertificateValid(guard)).not.toThrow();
    else
      expect(() => assertCertificateValid(guard)).toThrow(
        expect.objectContaining({
          code: 'CERTIFICATE_INVALID',
          params: {
            guardName: '张伟',
            certificateNo: certificateNo?.trim() || null,
            certificateStatus,
          },
        }),
      );
  });

  it('labels every status in both languages', () =>
    expect(Object.keys(CERTIFICATE_STATUS_LABELS).sort()).toEqual(
      Object.values(CertificateStatus).sort(),
    ));
});
