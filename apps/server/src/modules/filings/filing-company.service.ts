import type { Context } from '../../common/context';
import { ForbiddenError, NotFoundError } from '../../common/errors';
import type { UserPrincipal } from '../auth/principal';
import { Company } from '../companies/company.entity';

/**
 * Companies an officer deals with: those with a filing submitted, or a report addressed, to the
 * officer's organ — wherever their home is. Nothing else of a company is reachable this way.
 */
function companiesOfOrgan(ctx: Context) {
  const organId = (ctx.principal as UserPrincipal | null)?.policeOrganId;
  if (!organId) throw new ForbiddenError();
  return ctx.app.dataSource
    .getRepository(Company)
    .createQueryBuilder('c')
    .where(
      `(c.id IN (SELECT f.company_id FROM filing f WHERE f.police_organ_id = :organId AND f.submitted_at IS NOT NULL)
        OR c.id IN (SELECT r.company_id FROM illegal_request_report r WHERE r.police_organ_id = :organId))`,
      { organId },
    );
}

export function filingCompanies(ctx: Context): Promise<Company[]> {
  return companiesOfOrgan(ctx).orderBy('c.name').addOrderBy('c.id').getMany();
}

export async function findFilingCompany(ctx: Context, id: string): Promise<Company> {
  const company = await companiesOfOrgan(ctx).andWhere('c.id = :id', { id }).getOne();
  if (!company) throw new NotFoundError('Company', id);
  return company;
}
