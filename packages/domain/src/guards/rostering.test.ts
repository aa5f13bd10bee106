import { describe, expect, it } from 'vitest';
import { EMPLOYMENT_STATUS_LABELS, assertCanBeRostered } from './rostering';
import { EmploymentStatus } from '../common/enums';

const guard = (employmentStatus: string, certificateStatus = 'VALID') => ({
  name: '张伟',
  certificateNo: '渝保证2019000101',
  certificateStatus,
  employmentStatus,
});

describe('assertCanBeRostered', () => {
  it('accepts an active guard with a valid certificate', () =>
    expect(() => assertCanBeRostered(guard('ACTIVE'))).not.toThrow());

  it.each(['ON_LEAVE', 'LEFT'])('refuses a guard who is %s', (status) =>
    expect(() => assertCanBeRostered(guard(status))).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        problems: [expect.objectContaining({ field: 'guardId', code: 'NOT_EMPLOYED' })],
      }),
    ),
  );

  it.each(['PENDING', 'SUSPENDED', 'REVOKED'])(
    'refuses an active guard whose certificate is %s',
    (status) =>
      expect(() => assertCanBeRostered(guard('ACTIVE', status))).toThrow(
        expect.objectContaining({ code: 'CERTIFICATE_INVALID' }),
      ),
  );

  it('labels every employment status in both languages', () =>
    expect(Object.keys(EMPLOYMENT_STATUS_LABELS).sort()).toEqual(
      Object.values(EmploymentStatus).sort(),
    ));
});
