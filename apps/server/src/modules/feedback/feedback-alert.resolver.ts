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
  Subscription,
  type SubscriptionHandlerData,
} from 'type-graphql';
import type { Context } from '../../common/context';
import { NotFoundError } from '../../common/errors';
import { Loaders } from '../../common/loaders';
import { Connection } from '../../common/pagination';
import { CustomerUnit } from '../customer-units/customer-unit.entity';
import { Post } from '../posts/post.entity';
import { User } from '../users/user.entity';
import { FeedbackAlert } from './feedback-alert.entity';
import {
  acknowledgeAlert,
  companySettings,
  FEEDBACK_ALERT_TOPIC,
  findAlert,
  isAlertFor,
  listAlerts,
  updateSettings,
  type FeedbackAlertEvent,
} from './feedback-alert.service';
import { FeedbackSettingsRow } from './feedback-settings.entity';
import { Feedback } from './feedback.entity';
import {
  AcknowledgeFeedbackAlertInput,
  FeedbackAlertArgs,
  FeedbackSettingsInput,
} from './feedback.inputs';

@ObjectType()
export class FeedbackAlertConnection extends Connection(FeedbackAlert) {}

@Resolver(() => FeedbackAlert)
export class FeedbackAlertResolver {
  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR)
  @Query(() => FeedbackAlertConnection, {
    description: "Low-rating alerts, newest first: the company's for admins, a supervisor's own",
  })
  feedbackAlerts(@Args() args: FeedbackAlertArgs, @Ctx() ctx: Context) {
    return listAlerts(ctx, args);
  }

  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR)
  @Mutation(() => FeedbackAlert, { description: 'Marks an alert handled, saying what was done' })
  acknowledgeFeedbackAlert(
    @Arg('input') input: AcknowledgeFeedbackAlertInput,
    @Ctx() ctx: Context,
  ) {
    return acknowledgeAlert(ctx, input);
  }

  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR)
  @Subscription(() => FeedbackAlert, {
    topics: FEEDBACK_ALERT_TOPIC,
    // Each supervisor gets their company's alerts addressed to them; admins all of the company's.
    filter: ({ payload, context }: SubscriptionHandlerData<FeedbackAlertEvent, object, Context>) =>
      isAlertFor(payload, context.principal),
    description: 'Low-rating alerts as they are raised',
  })
  async feedbackAlertRaised(
    @Root() event: FeedbackAlertEvent,
    @Ctx() ctx: Context,
  ): Promise<FeedbackAlert> {
    // A subscription's context lives as long as the socket: read each alert afresh.
    ctx.loaders = new Loaders(ctx.app.dataSource);
    const alert = await findAlert(ctx, event.id);
    if (!alert) throw new NotFoundError('FeedbackAlert', event.id);
    return alert;
  }

  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR)
  @Query(() => FeedbackSettingsRow, { description: "The company's low-rating alert thresholds" })
  feedbackSettings(@Ctx() ctx: Context) {
    return companySettings(ctx);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => FeedbackSettingsRow)
  updateFeedbackSettings(@Arg('input') input: FeedbackSettingsInput, @Ctx() ctx: Context) {
    return updateSettings(ctx, input);
  }

  @FieldResolver(() => Feedback)
  feedback(@Root() alert: FeedbackAlert, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Feedback).load(alert.feedbackId);
  }

  @FieldResolver(() => CustomerUnit)
  customerUnit(@Root() alert: FeedbackAlert, @Ctx() ctx: Context) {
    return ctx.loaders.byId(CustomerUnit).load(alert.customerUnitId);
  }

  @FieldResolver(() => Post, { nullable: true })
  post(@Root() alert: FeedbackAlert, @Ctx() ctx: Context) {
    return alert.postId ? ctx.loaders.byId(Post).load(alert.postId) : null;
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: "Who it is raised to; null: the company's duty supervisors",
  })
  supervisor(@Root() alert: FeedbackAlert, @Ctx() ctx: Context) {
    return alert.supervisorId ? ctx.loaders.byId(User).load(alert.supervisorId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  acknowledgedBy(@Root() alert: FeedbackAlert, @Ctx() ctx: Context) {
    return alert.acknowledgedById ? ctx.loaders.byId(User).load(alert.acknowledgedById) : null;
  }
}
