import { allowedHandoverActions, HandoverAction, HandoverActor, Role } from '@cqss/domain';
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
  Subscription,
  type SubscriptionHandlerData,
} from 'type-graphql';
import type { Context } from '../../common/context';
import { Loaders } from '../../common/loaders';
import { Connection } from '../../common/pagination';
import { assertStillSignedIn } from '../filings/filing.events';
import { Guard } from '../guards/guard.entity';
import { Post } from '../posts/post.entity';
import { User } from '../users/user.entity';
import { Handover } from './handover.entity';
import {
  HandoverArgs,
  HandoverStepInput,
  InspectHandoverInput,
  ReturnHandoverInput,
  StartHandoverInput,
} from './handover.inputs';
import { HANDOVER_EVENTS, isHandoverEventFor, type HandoverEventPayload } from './handover.events';
import {
  actorIn,
  approveHandover,
  findHandover,
  inspectHandover,
  listHandovers,
  releaseHandover,
  requestHandoverApproval,
  returnHandover,
  signHandover,
  startHandover,
} from './handover.service';

@ObjectType()
export class HandoverConnection extends Connection(Handover) {}

const STAFF = [Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR, Role.GUARD];

@Resolver(() => Handover)
export class HandoverResolver {
  @Authorized(...STAFF)
  @Query(() => HandoverConnection, {
    description: "The handover book: a guard's own handovers, or the company's for the office",
  })
  handovers(@Args() args: HandoverArgs, @Ctx() ctx: Context) {
    return listHandovers(ctx, args);
  }

  @Authorized(...STAFF)
  @Query(() => Handover)
  handover(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return findHandover(ctx, id);
  }

  @Authorized(Role.GUARD)
  @Mutation(() => Handover, { description: 'The outgoing guard drafts the handover record' })
  startHandover(@Arg('input') input: StartHandoverInput, @Ctx() ctx: Context) {
    return startHandover(ctx, input);
  }

  @Authorized(Role.GUARD)
  @Mutation(() => Handover, { description: 'The incoming guard inspects the post' })
  inspectHandover(@Arg('input') input: InspectHandoverInput, @Ctx() ctx: Context) {
    return inspectHandover(ctx, input);
  }

  @Authorized(Role.GUARD)
  @Mutation(() => Handover, { description: "Either guard asks for the duty supervisor's approval" })
  requestHandoverApproval(@Arg('input') input: HandoverStepInput, @Ctx() ctx: Context) {
    return requestHandoverApproval(ctx, input);
  }

  @Authorized(Role.DUTY_SUPERVISOR)
  @Mutation(() => Handover, { description: 'The duty supervisor approves (an incident is open)' })
  approveHandover(@Arg('input') input: HandoverStepInput, @Ctx() ctx: Context) {
    return approveHandover(ctx, input);
  }

  @Authorized(Role.DUTY_SUPERVISOR)
  @Mutation(() => Handover, {
    description: 'The duty supervisor returns a handover awaiting approval, with a reason',
  })
  returnHandover(@Arg('input') input: ReturnHandoverInput, @Ctx() ctx: Context) {
    return returnHandover(ctx, input);
  }

  @Authorized(...STAFF)
  @Subscription(() => Handover, {
    topics: HANDOVER_EVENTS,
    filter: ({
      payload,
      context,
    }: SubscriptionHandlerData<HandoverEventPayload, object, Context>) =>
      isHandoverEventFor(payload, context.principal),
    description:
      "Each step of a handover as it happens: to its two guards and to the company's office",
  })
  async handoverChanged(
    @Root() event: HandoverEventPayload,
    @Ctx() ctx: Context,
  ): Promise<Handover> {
    await assertStillSignedIn(ctx);
    // A subscription's context lives as long as the socket: read each handover afresh.
    ctx.loaders = new Loaders(ctx.app.dataSource);
    return findHandover(ctx, event.handoverId);
  }

  @Authorized(Role.GUARD)
  @Mutation(() => Handover, { description: 'The incoming guard signs consent and takes over' })
  signHandover(@Arg('input') input: HandoverStepInput, @Ctx() ctx: Context) {
    return signHandover(ctx, input);
  }

  @Authorized(Role.GUARD)
  @Mutation(() => Handover, { description: 'The outgoing guard leaves, after the signature' })
  releaseHandover(@Arg('input') input: HandoverStepInput, @Ctx() ctx: Context) {
    return releaseHandover(ctx, input);
  }

  @FieldResolver(() => Post)
  post(@Root() h: Handover, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Post).load(h.postId);
  }

  @FieldResolver(() => Guard)
  outgoingGuard(@Root() h: Handover, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Guard).load(h.outgoingGuardId);
  }

  @FieldResolver(() => Guard)
  incomingGuard(@Root() h: Handover, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Guard).load(h.incomingGuardId);
  }

  @FieldResolver(() => User, { nullable: true })
  approvedBy(@Root() h: Handover, @Ctx() ctx: Context) {
    return h.approvedByUserId ? ctx.loaders.byId(User).load(h.approvedByUserId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  returnedBy(@Root() h: Handover, @Ctx() ctx: Context) {
    return h.returnedByUserId ? ctx.loaders.byId(User).load(h.returnedByUserId) : null;
  }

  @FieldResolver(() => HandoverActor, {
    nullable: true,
    description: "The caller's party: OUTGOING, INCOMING, SUPERVISOR, or none",
  })
  myRole(@Root() h: Handover, @Ctx() ctx: Context): HandoverActor | null {
    return actorIn(ctx, h);
  }

  @FieldResolver(() => [HandoverAction], { description: 'The steps the caller can take now' })
  myActions(@Root() h: Handover, @Ctx() ctx: Context): HandoverAction[] {
    const actor = actorIn(ctx, h);
    return actor ? allowedHandoverActions(h.state, actor, { incidentOpen: h.incidentOpen }) : [];
  }
}
