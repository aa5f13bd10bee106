import {
  assertCanBeRostered,
  assertNoOverlap,
  DomainError,
  DomainErrorCode,
  fieldProblem,
  isShiftWorkable,
} from '@cqss/domain';
import { callerGuardId, companyUser } from '../../common/caller';
import type { Context } from '../../common/context';
import { PgCode, pgError } from '../../common/db-errors';
import { NotFoundError } from '../../common/errors';
import { scopedQuery } from '../../common/scope';
import { recordAudit } from '../audit/audit.service';
import { Guard } from '../guards/guard.entity';
import { findPost } from '../posts/post.service';
import { assertPostPlannable, assertPostWorkable } from '../posts/post-contract';
import { Post } from '../posts/post.entity';
import { Shift } from './shift.entity';
import type { CreateShiftInput } from './shift.inputs';

/** Puts a guard on a post for a time range: a valid certificate, no overlap with their other shifts. */
export async function createShift(ctx: Context, input: CreateShiftInput): Promise<Shift> {
  const caller = companyUser(ctx);
  const post = await findPost(ctx, input.postId);
  const guard = await scopedQuery(ctx, Guard, 'g')
    .andWhere('g.id = :id', { id: input.guardId })
    .getOne();
  if (!guard) throw new NotFoundError('Guard', input.guardId);
  assertCanBeRostered(guard);
  const range = { start: input.startsAt, end: input.endsAt };
  try {
    return await ctx.app.dataSource.transaction(async (em) => {
      // One writer a guard at a time, so the overlap check below sees every committed shift.
      await em
        .getRepository(Guard)
        .createQueryBuilder('g')
        .setLock('pessimistic_write')
        .where('g.id = :id', { id: guard.id })
        .getOne();
      await assertPostPlannable(em, post);
      const existing = await em
        .getRepository(Shift)
        .createQueryBuilder('s')
        .where('s.guardId = :guardId AND s.startsAt < :end AND s.endsAt > :start', {
          guardId: guard.id,
          start: input.startsAt,
          end: input.endsAt,
        })
        .getMany();
      assertNoOverlap(
        range,
        existing.map((s) => ({ id: s.id, start: s.startsAt, end: s.endsAt })),
      );
      const shift = await em.save(
        Shift,
        em.create(Shift, {
          companyId: caller.companyId,
          postId: post.id,
          guardId: guard.id,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          createdByUserId: caller.userId,
        }),
      );
      await recordAudit(em, ctx, {
        action: 'shift.create',
        targetType: 'Shift',
        targetId: shift.id,
        detail: {
          postId: post.id,
          guardId: guard.id,
          guardName: guard.name,
          startsAt: shift.startsAt.toISOString(),
          endsAt: shift.endsAt.toISOString(),
        },
      });
      return shift;
    });
  } catch (error) {
    // The exclusion constraint is the last word should anything slip past the check above.
    if (pgError(error)?.code === PgCode.EXCLUSION_VIOLATION)
      throw new DomainError(
        DomainErrorCode.SHIFT_OVERLAP,
        'The guard already has a shift in that time',
        {
          conflictingShiftId: null,
        },
      );
    throw error;
  }
}

/** Takes a planned shift off the roster; one that has started or was acknowledged stays on record. */
export async function deleteShift(ctx: Context, id: string): Promise<boolean> {
  const shift = await scopedQuery(ctx, Shift, 's').andWhere('s.id = :id', { id }).getOne();
  if (!shift) throw new NotFoundError('Shift', id);
  if (shift.startsAt.getTime() <= Date.now() || shift.ordersAcknowledgedAt) {
    throw new DomainError(
      DomainErrorCode.ILLEGAL_TRANSITION,
      'A shift that has started stays on the roster',
      { entity: 'Shift' },
      [fieldProblem('id', 'SHIFT_STARTED')],
    );
  }
  await ctx.app.dataSource.transaction(async (em) => {
    await em.delete(Shift, { id: shift.id });
    await recordAudit(em, ctx, {
      action: 'shift.delete',
      targetType: 'Shift',
      targetId: shift.id,
      detail: {
        postId: shift.postId,
        guardId: shift.guardId,
        startsAt: shift.startsAt.toISOString(),
        endsAt: shift.endsAt.toISOString(),
      },
    });
  });
  return true;
}

/** Refuses work on a shift outside its working window (an hour before to two hours after). */
export function assertOnDuty(shift: Shift, now = new Date()): void {
  if (!isShiftWorkable({ start: shift.startsAt, end: shift.endsAt }, now)) {
    const window = { startsAt: shift.startsAt.toISOString(), endsAt: shift.endsAt.toISOString() };
    throw new DomainError(
      DomainErrorCode.ILLEGAL_TRANSITION,
      'This shift is not on now',
      { entity: 'Shift', ...window },
      [fieldProblem('shiftId', 'NOT_ON_DUTY', window)],
    );
  }
}

/** The guard confirms having read the post orders at the start of the shift (recorded with their revision). */
export async function acknowledgePostOrders(ctx: Context, shiftId: string): Promise<Shift> {
  const guardId = callerGuardId(ctx);
  const shift = await scopedQuery(ctx, Shift, 's')
    .andWhere('s.id = :id AND s.guardId = :guardId', { id: shiftId, guardId })
    .getOne();
  if (!shift) throw new NotFoundError('Shift', shiftId);
  assertOnDuty(shift);
  return ctx.app.dataSource.transaction(async (em) => {
    const post = await em.findOneByOrFail(Post, { id: shift.postId });
    await assertPostWorkable(em, post, 'shiftId');
    if (shift.ordersAcknowledgedRevision === post.postOrdersRevision) return shift;
    shift.ordersAcknowledgedAt = new Date();
    shift.ordersAcknowledgedRevision = post.postOrdersRevision;
    const saved = await em.save(shift);
    await recordAudit(em, ctx, {
      action: 'shift.acknowledge_orders',
      targetType: 'Shift',
      targetId: shift.id,
      detail: { postId: post.id, postOrdersRevision: post.postOrdersRevision },
    });
    return saved;
  });
}
