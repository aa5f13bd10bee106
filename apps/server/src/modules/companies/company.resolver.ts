import { divisionName, Role } from '@cqss/domain';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../common/context';
import { NotFoundError } from '../../common/errors';
import { scopedQuery } from '../../common/scope';
import { Company } from './company.entity';
import { CompanyLicensesInput } from './company.inputs';
import { updateCompanyLicenses } from './company.service';

@Resolver(() => Company)
export class CompanyResolver {
  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR, Role.GUARD, Role.POLICE_OFFICER)
  @Query(() => [Company], {
    description: "The caller's company, or the companies at home in an officer's jurisdiction",
  })
  companies(@Ctx() ctx: Context): Promise<Company[]> {
    return scopedQuery(ctx, Company, 'c').orderBy('c.name').getMany();
  }

  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR, Role.GUARD, Role.POLICE_OFFICER)
  @Query(() => Company)
  async company(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Company> {
    const company = await scopedQuery(ctx, Company, 'c').andWhere('c.id = :id', { id }).getOne();
    if (!company) throw new NotFoundError('Company', id);
    return company;
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => Company, {
    description: "Sets the company's licence numbers and expiry, as its filing dossiers show them",
  })
  updateCompanyLicenses(@Arg('input') input: CompanyLicensesInput, @Ctx() ctx: Context) {
    return updateCompanyLicenses(ctx, input);
  }

  @FieldResolver(() => String, { nullable: true })
  homeDivisionName(@Root() company: Company): string | null {
    return divisionName(company.homeDivisionCode);
  }
}
