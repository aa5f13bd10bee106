import { isValidCreditCode, toCalendarDate } from '@cqss/domain';
import { companyUser } from '../../common/caller';
import type { Context } from '../../common/context';
import { BadUserInputError } from '../../common/errors';
import { recordAudit } from '../audit/audit.service';
import { Company } from './company.entity';
import type { CompanyLicensesInput } from './company.inputs';

/** Sets the licence numbers (and expiry) the company's filing dossiers show; audited. */
export async function updateCompanyLicenses(
  ctx: Context,
  input: CompanyLicensesInput,
): Promise<Company> {
  const { companyId } = companyUser(ctx);
  const fields: Record<string, string[]> = {};
  const securityLicenseNo = input.securityLicenseNo.trim();
  const businessLicenseNo = input.businessLicenseNo.trim().toUpperCase();
  if (!securityLicenseNo) fields.securityLicenseNo = ['Enter the licence number'];
  if (!isValidCreditCode(businessLicenseNo))
    fields.businessLicenseNo = ['Not a valid unified social credit code'];
  let licenseExpiresOn: string | null = null;
  if (input.licenseExpiresOn) {
    try {
      licenseExpiresOn = toCalendarDate(input.licenseExpiresOn, 'licenseExpiresOn');
    } catch {
      fields.licenseExpiresOn = ['Not a valid date'];
    }
  }
  if (Object.keys(fields).length) throw new BadUserInputError('Some fields are not valid', fields);

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
