import { Role } from '@cqss/domain';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { NotFoundError } from '../../common/errors';
import { User } from '../users/user.entity';
import { LoginInput } from './auth.inputs';
import { login, logout } from './session.service';

const PEOPLE = [Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR, Role.GUARD, Role.POLICE_OFFICER];

@Resolver()
export class AuthResolver {
  @Mutation(() => User, { description: 'Signs in and sets the httpOnly session cookie' })
  login(@Arg('input') input: LoginInput, @Ctx() ctx: Context): Promise<User> {
    return login(ctx, input.username, input.password);
  }

  @Mutation(() => Boolean)
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await logout(ctx);
    return true;
  }

  @Authorized(...PEOPLE)
  @Query(() => User, { description: 'The signed-in user' })
  async me(@Ctx() ctx: Context): Promise<User> {
    if (ctx.principal?.kind !== 'user') throw new NotFoundError('User');
    const user = await ctx.loaders.byId(User).load(ctx.principal.userId);
    if (!user) throw new NotFoundError('User');
    return user;
  }
}
