import { Role } from '@cqss/domain';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../common/context';
import { NotFoundError } from '../../common/errors';
import { Connection, PageArgs, paginate } from '../../common/pagination';
import { scopedQuery } from '../../common/scope';
import { Company } from '../companies/company.entity';
import { PoliceOrgan } from '../police-organs/police-organ.entity';
import { User } from './user.entity';

@ObjectType()
export class UserConnection extends Connection(User) {}

@Resolver(() => User)
export class UserResolver {
  @Authorized(Role.COMPANY_ADMIN, Role.POLICE_OFFICER)
  @Query(() => UserConnection, { description: "Users of the caller's company or police organ" })
  users(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return paginate(scopedQuery(ctx, User, 'u'), 'u', page);
  }

  @Authorized(Role.COMPANY_ADMIN, Role.POLICE_OFFICER)
  @Query(() => User)
  async user(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<User> {
    const user = await scopedQuery(ctx, User, 'u').andWhere('u.id = :id', { id }).getOne();
    if (!user) throw new NotFoundError('User', id);
    return user;
  }

  @FieldResolver(() => Company, { nullable: true })
  company(@Root() user: User, @Ctx() ctx: Context) {
    return user.companyId ? ctx.loaders.byId(Company).load(user.companyId) : null;
  }

  @FieldResolver(() => PoliceOrgan, { nullable: true })
  policeOrgan(@Root() user: User, @Ctx() ctx: Context) {
    return user.policeOrganId ? ctx.loaders.byId(PoliceOrgan).load(user.policeOrganId) : null;
  }
}
