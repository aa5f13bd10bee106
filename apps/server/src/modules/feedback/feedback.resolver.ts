import { Role } from '@cqss/domain';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../common/context';
import { Connection } from '../../common/pagination';
import { CustomerUnit } from '../customer-units/customer-unit.entity';
import { KioskDevice } from '../kiosks/kiosk-device.entity';
import { Post } from '../posts/post.entity';
import { Feedback } from './feedback.entity';
import {
  FeedbackCommentArgs,
  FeedbackFilterArgs,
  FeedbackReceipt,
  SubmitFeedbackInput,
} from './feedback.inputs';
import { submitFeedback } from './feedback.service';
import { latestComments, satisfactionReport, unitOptions } from './satisfaction.service';
import {
  FeedbackUnitOption,
  PostSatisfaction,
  SatisfactionReport,
  UnitSatisfaction,
} from './satisfaction.types';

@ObjectType()
export class FeedbackConnection extends Connection(Feedback) {}

@Resolver(() => Feedback)
export class FeedbackResolver {
  @Authorized(Role.KIOSK)
  @Mutation(() => FeedbackReceipt, {
    description:
      "A kiosk's rating for its own unit and post; a retried idempotency key returns the first result",
  })
  submitFeedback(@Arg('input') input: SubmitFeedbackInput, @Ctx() ctx: Context) {
    return submitFeedback(ctx, input);
  }

  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR)
  @Query(() => SatisfactionReport, {
    description: 'Satisfaction per unit, post, week and tag for the filter, aggregated in SQL',
  })
  satisfaction(@Args() args: FeedbackFilterArgs, @Ctx() ctx: Context) {
    return satisfactionReport(ctx, args);
  }

  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR)
  @Query(() => FeedbackConnection, { description: 'Ratings with a comment, newest first' })
  feedbackComments(@Args() args: FeedbackCommentArgs, @Ctx() ctx: Context) {
    return latestComments(ctx, args);
  }

  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR)
  @Query(() => [FeedbackUnitOption], { description: "The company's units with their posts" })
  feedbackUnitOptions(@Ctx() ctx: Context) {
    return unitOptions(ctx);
  }

  @FieldResolver(() => CustomerUnit)
  customerUnit(@Root() f: Feedback, @Ctx() ctx: Context) {
    return ctx.loaders.byId(CustomerUnit).load(f.customerUnitId);
  }

  @FieldResolver(() => Post, { nullable: true })
  post(@Root() f: Feedback, @Ctx() ctx: Context) {
    return f.postId ? ctx.loaders.byId(Post).load(f.postId) : null;
  }

  @FieldResolver(() => String, { description: 'The kiosk it came from' })
  async deviceName(@Root() f: Feedback, @Ctx() ctx: Context) {
    return (await ctx.loaders.byId(KioskDevice).load(f.deviceId))?.name ?? '';
  }
}

@Resolver(() => UnitSatisfaction)
export class UnitSatisfactionResolver {
  @FieldResolver(() => CustomerUnit)
  customerUnit(@Root() row: UnitSatisfaction, @Ctx() ctx: Context) {
    return ctx.loaders.byId(CustomerUnit).load(row.customerUnitId);
  }
}

@Resolver(() => PostSatisfaction)
export class PostSatisfactionResolver {
  @FieldResolver(() => CustomerUnit)
  customerUnit(@Root() row: PostSatisfaction, @Ctx() ctx: Context) {
    return ctx.loaders.byId(CustomerUnit).load(row.customerUnitId);
  }

  @FieldResolver(() => Post, { nullable: true })
  post(@Root() row: PostSatisfaction, @Ctx() ctx: Context) {
    return row.postId ? ctx.loaders.byId(Post).load(row.postId) : null;
  }
}
