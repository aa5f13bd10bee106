import { currentDuty, type DutyPhase, HandoverState, isOnDuty } from '@cqss/domain';
import { callerGuardId } from '../../common/caller';
import type { Context } from '../../common/context';
import { NotFoundError } from '../../common/errors';
import { scopedQuery } from '../../common/scope';
import { Guard } from '../guards/guard.entity';
import { Handover } from '../handovers/handover.entity';
import { handoversOfShifts, successorShift } from '../handovers/handover.service';
import { Shift } from '../shifts/shift.entity';

export interface OnDutyView {
  guard: Guard;
  shift: Shift | null;
  phase: DutyPhase | null;
  onDuty: boolean;
  upcomingShifts: Shift[];
  handovers: Handover[];
  successorShift: Shift | null;
}

const HOUR = 3600_000;

/**
 * What a guard at the post needs on one screen: the shift they are working (or none), the
 * next ones, their open handovers (and those released in the last twelve hours), and who
 * is on the roster after them. Five statements whatever the guard's history.
 */
export async function onDuty(ctx: Context, now = new Date()): Promise<OnDutyView> {
  const guardId = callerGuardId(ctx);
  const guard = await ctx.loaders.byId(Guard).load(guardId);
  if (!guard) throw new NotFoundError('Guard', guardId);
  const shifts = await scopedQuery(ctx, Shift, 's')
    .andWhere('s.guardId = :guardId AND s.endsAt > :from AND s.startsAt < :to', {
      guardId,
      from: new Date(now.getTime() - 26 * HOUR),
      to: new Date(now.getTime() + 7 * 24 * HOUR),
    })
    .orderBy('s.startsAt')
    .getMany();
  const duty = currentDuty(
    shifts.map((s) => ({ id: s.id, start: s.startsAt, end: s.endsAt })),
    await handoversOfShifts(
      ctx.app.dataSource.manager,
      shifts.map((s) => s.id),
    ),
    now,
  );
  const shift = shifts.find((s) => s.id === duty?.shift.id) ?? null;
  const phase = shift ? duty!.phase : null;
  const upcomingShifts = shifts
    .filter((s) => s !== shift && s.startsAt.getTime() > now.getTime())
    .slice(0, 5);
  const handovers = await scopedQuery(ctx, Handover, 'h')
    .andWhere('(h.outgoingGuardId = :me OR h.incomingGuardId = :me)', { me: guardId })
    .andWhere('(h.state <> :released OR h.releasedAt > :recent)', {
      released: HandoverState.RELEASED,
      recent: new Date(now.getTime() - 12 * HOUR),
    })
    .orderBy('h.createdAt', 'DESC')
    .limit(5)
    .getMany();
  const successor = shift ? await successorShift(ctx.app.dataSource.manager, shift) : null;
  return {
    guard,
    shift,
    phase,
    onDuty: phase !== null && isOnDuty(phase),
    upcomingShifts,
    handovers,
    successorShift: successor,
  };
}
