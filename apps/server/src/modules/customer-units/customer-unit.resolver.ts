import { divisionName, Role } from '@cqss/domain';
import {
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../common/context';
import { Connection, PageArgs, paginate } from '../../common/pagination';
import { scopedQuery } from '../../common/scope';
import { Company } from '../companies/company.entity';
import { CustomerUnit } from './customer-unit.entity';

@ObjectType()
export class CustomerUnitConnection extends Connection(CustomerUnit) {}

@Resolver(() => CustomerUnit)
export class CustomerUnitResolver {
  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR)
  @Query(() => CustomerUnitConnection)
  customerUnits(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return paginate(scopedQuery(ctx, CustomerUnit, 'cu'), 'cu', page);
  }

  @FieldResolver(() => Company)
  company(@Root() unit: CustomerUnit, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Company).load(unit.companyId);
  }

  @FieldResolver(() => String, { nullable: true })
  divisionName(@Root() unit: CustomerUnit): string | null {
    return divisionName(unit.divisionCode);
  }
}
