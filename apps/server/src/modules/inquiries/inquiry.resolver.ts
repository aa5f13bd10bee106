import { escalationAge, InquiryState, Role } from '@cqss/domain';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscriptionHandlerData,
} from 'type-graphql';
import type { Context } from '../../common/context';
import { Loaders } from '../../common/loaders';
import { assertStillSignedIn } from '../filings/filing.events';
import { INQUIRY_EVENTS, isInquiryEventFor, type InquiryEventPayload } from './inquiry.events';
import { Connection } from '../../common/pagination';
import { Guard } from '../guards/guard.entity';
import { Post } from '../posts/post.entity';
import { User } from '../users/user.entity';
import { Inquiry } from './inquiry.entity';
import { AnswerInquiryInput, InquiryArgs, LogInquiryInput } from './inquiry.inputs';
import {
  answerInquiry,
  escalateInquiry,
  escalationSummary,
  findInquiry,
  listInquiries,
  logInquiry,
} from './inquiry.service';

@ObjectType()
export class InquiryConnection extends Connection(Inquiry) {}

@ObjectType({ description: 'How long an escalation has waited' })
export class EscalationAge {
  @Field(() => Int)
  totalMinutes: number;

  @Field(() => Int)
  days: number;

  @Field(() => Int)
  hours: number;

  @Field(() => Int)
  minutes: number;
}

@ObjectType({ description: 'Escalations waiting for a reply: how many, and the oldest' })
export class EscalationSummary {
  @Field(() => Int)
  count: number;

  @Field(() => Inquiry, { nullable: true })
  oldest: Inquiry | null;
}

const STAFF = [Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR, Role.GUARD];

@Resolver(() => Inquiry)
export class InquiryResolver {
  @Authorized(...STAFF)
  @Query(() => InquiryConnection, {
    description: "The inquiry log: a guard's own, or the company's for the office",
  })
  inquiries(@Args() args: InquiryArgs, @Ctx() ctx: Context) {
    return listInquiries(ctx, args);
  }

  @Authorized(...STAFF)
  @Subscription(() => Inquiry, {
    topics: INQUIRY_EVENTS,
    filter: ({ payload, context }: SubscriptionHandlerData<InquiryEventPayload, object, Context>) =>
      isInquiryEventFor(payload, context.principal),
    description:
      "Inquiries as they are logged, escalated, answered and replied to: to the guard who logged them and the company's office",
  })
  async inquiryChanged(@Root() event: InquiryEventPayload, @Ctx() ctx: Context): Promise<Inquiry> {
    await assertStillSignedIn(ctx);
    ctx.loaders = new Loaders(ctx.app.dataSource);
    return findInquiry(ctx, event.inquiryId);
  }

  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR)
  @Query(() => EscalationSummary)
  escalationSummary(@Ctx() ctx: Context) {
    return escalationSummary(ctx);
  }

  @Authorized(Role.GUARD)
  @Mutation(() => Inquiry)
  logInquiry(@Arg('input') input: LogInquiryInput, @Ctx() ctx: Context) {
    return logInquiry(ctx, input);
  }

  @Authorized(Role.GUARD)
  @Mutation(() => Inquiry, { description: "Escalates an open inquiry to the post's supervisor" })
  escalateInquiry(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return escalateInquiry(ctx, id);
  }

  @Authorized(Role.GUARD, Role.DUTY_SUPERVISOR)
  @Mutation(() => Inquiry, {
    description: "A guard's answer to an open inquiry, or a supervisor's reply to an escalated one",
  })
  answerInquiry(@Arg('input') input: AnswerInquiryInput, @Ctx() ctx: Context) {
    return answerInquiry(ctx, input);
  }

  @FieldResolver(() => Post)
  post(@Root() i: Inquiry, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Post).load(i.postId);
  }

  @FieldResolver(() => Guard)
  guard(@Root() i: Inquiry, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Guard).load(i.guardId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The supervisor it went to' })
  escalatedTo(@Root() i: Inquiry, @Ctx() ctx: Context) {
    return i.escalatedToUserId ? ctx.loaders.byId(User).load(i.escalatedToUserId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  repliedBy(@Root() i: Inquiry, @Ctx() ctx: Context) {
    return i.repliedByUserId ? ctx.loaders.byId(User).load(i.repliedByUserId) : null;
  }

  @FieldResolver(() => EscalationAge, {
    nullable: true,
    description: 'How long an open escalation has waited (null once replied)',
  })
  escalationAge(@Root() i: Inquiry): EscalationAge | null {
    return i.state === InquiryState.ESCALATED && i.escalatedAt
      ? escalationAge(i.escalatedAt, new Date())
      : null;
  }
}
