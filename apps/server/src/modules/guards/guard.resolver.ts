import { isCertificateValid, maskIdNumber, Role } from '@cqss/domain';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../common/context';
import { Connection } from '../../common/pagination';
import { User } from '../users/user.entity';
import { Guard } from './guard.entity';
import { CreateGuardInput, GuardArgs, UpdateGuardInput } from './guard.inputs';
import { createGuard, findGuard, listGuards, updateGuard } from './guard.service';

@ObjectType()
export class GuardConnection extends Connection(Guard) {}

@Resolver(() => Guard)
export class GuardResolver {
  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR)
  @Query(() => GuardConnection, { description: "The company's guards, newest first" })
  guards(@Args() args: GuardArgs, @Ctx() ctx: Context) {
    return listGuards(ctx, args);
  }

  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR)
  @Query(() => Guard)
  guard(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return findGuard(ctx, id);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => Guard)
  createGuard(@Arg('input') input: CreateGuardInput, @Ctx() ctx: Context) {
    return createGuard(ctx, input);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => Guard)
  updateGuard(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateGuardInput,
    @Ctx() ctx: Context,
  ) {
    return updateGuard(ctx, id, input);
  }

  @FieldResolver(() => String, {
    description: 'In full for company admins; masked (5001**********1234) for everyone else',
  })
  idNumber(@Root() guard: Guard, @Ctx() ctx: Context): string {
    return ctx.principal?.role === Role.COMPANY_ADMIN
      ? guard.idNumber
      : maskIdNumber(guard.idNumber);
  }

  @FieldResolver(() => Boolean, { description: 'May be put on a shift or a filing roster' })
  certificateValid(@Root() guard: Guard): boolean {
    return isCertificateValid(guard);
  }

  @FieldResolver(() => User, { nullable: true, description: "The guard's sign-in account" })
  account(@Root() guard: Guard, @Ctx() ctx: Context) {
    return ctx.loaders.oneBy(User, 'guardId').load(guard.id);
  }
}
