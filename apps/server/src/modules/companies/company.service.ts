import {
  assertNoProblems,
  type FieldProblem,
  fieldProblem,
  isValidCreditCode,
  toCalendarDate,
} from '@cqss/domain';
import { companyUser } from '../../common/caller';
import type { Context } from '../../common/context';
import { recordAudit } from '../audit/audit.service';
import { Company } from './company.entity';
import type { CompanyLicensesInput } from './company.inputs';

/** Sets the licence numbers (and expiry) the company's filing dossiers show; audited. */
export async function updateCompanyLicenses(
  ctx: Context,
  input: CompanyLicensesInput,
): Promise<Company> {
  const { companyId } = companyUser(ctx);
  const problems: FieldProblem[] = [];
  const securityLicenseNo = input.securityLicenseNo.trim();
  const businessLicenseNo = input.businessLicenseNo.trim().toUpperCase();
  if (!securityLicenseNo)
    problems.push(fieldProblem('securityLicenseNo', 'REQUIRED', {}, 'Enter the licence number'));
  if (!isValidCreditCode(businessLicenseNo))
    problems.push(fieldProblem('businessLicenseNo', 'CREDIT_CODE_INVALID'));
  let licenseExpiresOn: string | null = null;
  if (input.licenseExpiresOn) {
    try {
      licenseExpiresOn = toCalendarDate(input.licenseExpiresOn, 'licenseExpiresOn');
    } catch {
      problems.push(fieldProblem('licenseExpiresOn', 'DATE_INVALID'));
    }
  }
  assertNoProblems(problems);

  return ctx.app.dataSource.transaction(async (em) => {
    const company = await em
      .getRepository(Company)
      .createQueryBuilder('c')
      .where('c.id = :id', { id: companyId })
      .setLock('pessimistic_write')
      .getOneOrFail();
    const next = { securityLicenseNo, businessLicenseNo, licenseExpiresOn };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
      (k) => company[k] !== next[k],
    );
    Object.assign(company, next);
    const saved = await em.save(Company, company);
    await recordAudit(em, ctx, {
      action: 'company.licenses',
      targetType: 'Company',
      targetId: companyId,
      detail: { changed, ...next },
    });
    return saved;
  });
}
