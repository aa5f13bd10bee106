import { Role } from '@cqss/domain';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { User } from '../users/user.entity';
import { UserConnection } from '../users/user.resolver';
import {
  AccountArgs,
  ChangePasswordInput,
  OpenAccountInput,
  ResetPasswordInput,
} from './account.inputs';
import {
  changePassword,
  listAccounts,
  openAccount,
  resetPassword,
  setAccountActive,
} from './account.service';

const PEOPLE = [Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR, Role.GUARD, Role.POLICE_OFFICER];

@Resolver(() => User)
export class AccountResolver {
  @Authorized(Role.COMPANY_ADMIN)
  @Query(() => UserConnection, { description: "The company's accounts, newest first" })
  accounts(@Args() args: AccountArgs, @Ctx() ctx: Context) {
    return listAccounts(ctx, args);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => User, { description: 'Opens a company account with a one-time password' })
  openAccount(@Arg('input') input: OpenAccountInput, @Ctx() ctx: Context) {
    return openAccount(ctx, input);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => User, { description: 'Sets a new one-time password; the sessions end' })
  resetPassword(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: ResetPasswordInput,
    @Ctx() ctx: Context,
  ) {
    return resetPassword(ctx, id, input);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => User, {
    description: 'The account can no longer sign in; its sessions end at once',
  })
  disableAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return setAccountActive(ctx, id, false);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => User)
  enableAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return setAccountActive(ctx, id, true);
  }

  @Authorized(...PEOPLE)
  @Mutation(() => User, { description: "Changes the caller's own password" })
  changePassword(@Arg('input') input: ChangePasswordInput, @Ctx() ctx: Context) {
    return changePassword(ctx, input);
  }
}
