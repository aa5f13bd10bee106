import { divisionName, Role } from '@cqss/domain';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../common/context';
import { Connection } from '../../common/pagination';
import { fieldsAt } from '../../common/selection';
import { Company } from '../companies/company.entity';
import { CustomerUnit } from './customer-unit.entity';
import { CustomerUnitArgs, CustomerUnitInput } from './customer-unit.inputs';
import {
  createCustomerUnit,
  getCustomerUnit,
  listCustomerUnits,
  updateCustomerUnit,
} from './customer-unit.service';

@ObjectType()
export class CustomerUnitConnection extends Connection(CustomerUnit) {}

/** What this resolver's field resolvers read of a unit's row (a list selects only what is read). */
const UNIT_READS = { company: ['companyId'], divisionName: ['divisionCode'] } as const;

@Resolver(() => CustomerUnit)
export class CustomerUnitResolver {
  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR)
  @Query(() => CustomerUnitConnection, {
    description: "The company's customer units, newest first, with optional filters",
  })
  customerUnits(
    @Args() args: CustomerUnitArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const unit = fieldsAt(info, ['nodes']);
    const company = unit.has('company') ? fieldsAt(info, ['nodes', 'company']) : null;
    return listCustomerUnits(ctx, args, { unit, company, reads: UNIT_READS });
  }

  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR)
  @Query(() => CustomerUnit)
  customerUnit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return getCustomerUnit(ctx, id);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => CustomerUnit)
  createCustomerUnit(@Arg('input') input: CustomerUnitInput, @Ctx() ctx: Context) {
    return createCustomerUnit(ctx, input);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => CustomerUnit)
  updateCustomerUnit(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: CustomerUnitInput,
    @Ctx() ctx: Context,
  ) {
    return updateCustomerUnit(ctx, id, input);
  }

  @FieldResolver(() => Company)
  company(@Root() unit: CustomerUnit, @Ctx() ctx: Context) {
    // Read with the list's page when it asked for it (no promise a row); else batched.
    return unit.company ?? ctx.loaders.byId(Company).load(unit.companyId);
  }

  @FieldResolver(() => String, { nullable: true })
  divisionName(@Root() unit: CustomerUnit): string | null {
    return divisionName(unit.divisionCode);
  }
}
