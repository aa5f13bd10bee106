import { dutyPhase, DutyPhase, Role } from '@cqss/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import '../../common/enums.graphql';
import { handoversOfShifts } from '../handovers/handover.service';
import { Guard } from '../guards/guard.entity';
import { Post } from '../posts/post.entity';
import { Shift } from './shift.entity';
import { CreateShiftInput } from './shift.inputs';
import { acknowledgePostOrders, createShift, deleteShift } from './shift.service';

@Resolver(() => Shift)
export class ShiftResolver {
  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR)
  @Mutation(() => Shift)
  createShift(@Arg('input') input: CreateShiftInput, @Ctx() ctx: Context) {
    return createShift(ctx, input);
  }

  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR)
  @Mutation(() => Boolean, { description: 'Takes a shift that has not started off the roster' })
  deleteShift(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return deleteShift(ctx, id);
  }

  @Authorized(Role.GUARD)
  @Mutation(() => Shift, {
    description: 'The guard has read the post orders at the start of the shift',
  })
  acknowledgePostOrders(@Arg('shiftId', () => ID) shiftId: string, @Ctx() ctx: Context) {
    return acknowledgePostOrders(ctx, shiftId);
  }

  @FieldResolver(() => Guard)
  guard(@Root() shift: Shift, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Guard).load(shift.guardId);
  }

  @FieldResolver(() => Post)
  post(@Root() shift: Shift, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Post).load(shift.postId);
  }

  @FieldResolver(() => Boolean, {
    description: 'The guard acknowledged the current revision of the post orders',
  })
  async ordersAcknowledged(@Root() shift: Shift, @Ctx() ctx: Context): Promise<boolean> {
    if (shift.ordersAcknowledgedRevision === null) return false;
    const post = await ctx.loaders.byId(Post).load(shift.postId);
    return post?.postOrdersRevision === shift.ordersAcknowledgedRevision;
  }

  @FieldResolver(() => DutyPhase, {
    description: "Where the guard stands on this shift now, by the domain's one duty rule",
  })
  async dutyPhase(@Root() shift: Shift, @Ctx() ctx: Context): Promise<DutyPhase> {
    // One statement for every shift of the page: the handovers out of and into them.
    const handovers = await ctx.loaders
      .keyed('Shift.handovers', async (ids: readonly string[]) => {
        const rows = await handoversOfShifts(ctx.app.dataSource.manager, ids);
        return ids.map((id) =>
          rows.filter((h) => h.outgoingShiftId === id || h.incomingShiftId === id),
        );
      })
      .load(shift.id);
    return dutyPhase(
      { id: shift.id, start: shift.startsAt, end: shift.endsAt },
      handovers,
      new Date(),
    );
  }
}
