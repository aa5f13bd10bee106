import { defaultPostOrders, Role } from '@cqss/domain';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
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
import { Company } from '../companies/company.entity';
import { Contract } from '../contracts/contract.entity';
import { CustomerUnit } from '../customer-units/customer-unit.entity';
import { Shift } from '../shifts/shift.entity';
import { User } from '../users/user.entity';
import { Post } from './post.entity';
import { CreatePostInput, PostArgs, RosterArgs, UpdatePostInput } from './post.inputs';
import {
  createPost,
  dutySupervisors,
  findPost,
  listPosts,
  postRoster,
  setDefaultPostOrders,
  updatePost,
} from './post.service';

@ObjectType()
export class PostConnection extends Connection(Post) {}

@ObjectType({ description: "A post's shifts in one week, Monday to Sunday" })
export class Roster {
  @Field(() => Post)
  post: Post;

  @Field({ description: 'The Monday, YYYY-MM-DD' })
  weekStart: string;

  @Field(() => [String], { description: 'The seven days, YYYY-MM-DD' })
  days: string[];

  @Field(() => [Shift])
  shifts: Shift[];
}

const OFFICE = [Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR];

@Resolver(() => Post)
export class PostResolver {
  @Authorized(...OFFICE)
  @Query(() => PostConnection, { description: "The company's posts, newest first" })
  posts(@Args() args: PostArgs, @Ctx() ctx: Context) {
    return listPosts(ctx, args);
  }

  @Authorized(...OFFICE)
  @Query(() => Post)
  post(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return findPost(ctx, id);
  }

  @Authorized(...OFFICE)
  @Query(() => Roster, { description: "A post's weekly roster" })
  postRoster(@Args() args: RosterArgs, @Ctx() ctx: Context) {
    return postRoster(ctx, args);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Query(() => [User], { description: 'Duty supervisors who can lead a post' })
  dutySupervisors(@Ctx() ctx: Context) {
    return dutySupervisors(ctx);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => Post)
  createPost(@Arg('input') input: CreatePostInput, @Ctx() ctx: Context) {
    return createPost(ctx, input);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => Post)
  updatePost(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdatePostInput,
    @Ctx() ctx: Context,
  ) {
    return updatePost(ctx, id, input);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => Company, { description: 'The post orders new posts start with' })
  setDefaultPostOrders(@Arg('postOrders') postOrders: string, @Ctx() ctx: Context) {
    return setDefaultPostOrders(ctx, postOrders);
  }

  @FieldResolver(() => CustomerUnit)
  customerUnit(@Root() post: Post, @Ctx() ctx: Context) {
    return ctx.loaders.byId(CustomerUnit).load(post.customerUnitId);
  }

  @FieldResolver(() => Contract, { description: 'The service contract the post is worked under' })
  contract(@Root() post: Post, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Contract).load(post.contractId);
  }

  @FieldResolver(() => User, { nullable: true })
  supervisor(@Root() post: Post, @Ctx() ctx: Context) {
    return post.supervisorId ? ctx.loaders.byId(User).load(post.supervisorId) : null;
  }
}

@Resolver(() => Company)
export class CompanyPostOrdersResolver {
  @FieldResolver(() => String, { description: 'The post orders new posts start with' })
  defaultPostOrders(@Root() company: Company): string {
    return defaultPostOrders(company.defaultPostOrders);
  }
}
