import {
  assertCanBeRostered,
  assertDistinctGuards,
  assertHandoverItems,
  assertReturnReason,
  currentDuty,
  DomainError,
  type DutyPhase,
  fieldError,
  HandoverAction,
  type HandoverActor,
  handoverActorOf,
  HandoverState,
  isOnDuty,
  itemDiscrepancies,
  nextHandoverState,
  SHIFT_EARLY_MINUTES,
  SHIFT_LATE_MINUTES,
} from '@cqss/domain';
import type { EntityManager } from 'typeorm';
import { callerGuardId, companyUser } from '../../common/caller';
import type { Context } from '../../common/context';
import { isConstraintViolation, PgCode, pgError } from '../../common/db-errors';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors';
import { paginate, type Page } from '../../common/pagination';
import { scopedQuery } from '../../common/scope';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notification.service';
import { Guard } from '../guards/guard.entity';
import { assertPostWorkable } from '../posts/post-contract';
import { findPost } from '../posts/post.service';
import { Shift } from '../shifts/shift.entity';
import { Handover } from './handover.entity';
import { publishHandoverEvent } from './handover.events';
import type {
  HandoverArgs,
  HandoverStepInput,
  InspectHandoverInput,
  ReturnHandoverInput,
  StartHandoverInput,
} from './handover.inputs';

const trimmed = (text: string | null | undefined) => text?.trim() || null;

/** Handovers the caller may see, newest first: a guard's own (either side), the whole company's for the office. */
export function listHandovers(ctx: Context, args: HandoverArgs): Promise<Page<Handover>> {
  const qb = scopedQuery(ctx, Handover, 'h');
  const caller = companyUser(ctx);
  if (caller.role === 'GUARD')
    qb.andWhere('(h.outgoingGuardId = :me OR h.incomingGuardId = :me)', { me: caller.guardId });
  if (args.state) qb.andWhere('h.state = :state', { state: args.state });
  if (args.postId) qb.andWhere('h.postId = :postId', { postId: args.postId });
  if (args.guardId)
    qb.andWhere('(h.outgoingGuardId = :guardId OR h.incomingGuardId = :guardId)', {
      guardId: args.guardId,
    });
  if (args.from) qb.andWhere('h.createdAt >= :from', { from: args.from });
  if (args.to) qb.andWhere('h.createdAt < :to', { to: args.to });
  return paginate(qb, 'h', args);
}

/** One handover the caller may see; a guard sees only those they are a party of. */
export async function findHandover(ctx: Context, id: string): Promise<Handover> {
  const qb = scopedQuery(ctx, Handover, 'h').andWhere('h.id = :id', { id });
  const caller = companyUser(ctx);
  if (caller.role === 'GUARD')
    qb.andWhere('(h.outgoingGuardId = :me OR h.incomingGuardId = :me)', { me: caller.guardId });
  const handover = await qb.getOne();
  if (!handover) throw new NotFoundError('Handover', id);
  return handover;
}

/** The caller's party in a handover (OUTGOING, INCOMING, SUPERVISOR), or null. */
export function actorIn(ctx: Context, handover: Handover): HandoverActor | null {
  const p = ctx.principal;
  if (p?.kind !== 'user' || p.companyId !== handover.companyId) return null;
  return handoverActorOf({ role: p.role, guardId: p.guardId }, handover);
}

const around = (now: Date) => ({
  from: new Date(now.getTime() - (SHIFT_LATE_MINUTES + 24 * 60) * 60_000),
  to: new Date(now.getTime() + (SHIFT_EARLY_MINUTES + 24 * 60) * 60_000),
});

/** The guard's duty now by the domain's rule: the shift they work (at the post, if given) and its phase, or null. */
export async function dutyNow(
  em: EntityManager,
  guardId: string,
  postId: string | null,
  now = new Date(),
): Promise<{ shift: Shift; phase: DutyPhase } | null> {
  const { from, to } = around(now);
  const qb = em
    .getRepository(Shift)
    .createQueryBuilder('s')
    .where('s.guardId = :guardId AND s.startsAt < :to AND s.endsAt > :from', { guardId, from, to });
  if (postId) qb.andWhere('s.postId = :postId', { postId });
  const shifts = await qb.orderBy('s.startsAt').getMany();
  if (!shifts.length) return null;
  const handovers = await handoversOfShifts(
    em,
    shifts.map((s) => s.id),
  );
  const duty = currentDuty(
    shifts.map((s) => ({ id: s.id, start: s.startsAt, end: s.endsAt })),
    handovers,
    now,
  );
  const shift = shifts.find((s) => s.id === duty?.shift.id);
  return duty && shift ? { shift, phase: duty.phase } : null;
}

/** The shift on which the post is the guard's now (ON or OVERTIME), or null: who may hand over and log inquiries. */
export async function workingShift(
  em: EntityManager,
  guardId: string,
  postId: string | null,
  now = new Date(),
): Promise<Shift | null> {
  const duty = await dutyNow(em, guardId, postId, now);
  return duty && isOnDuty(duty.phase) ? duty.shift : null;
}

/** The handovers out of or into the given shifts, as the duty rule reads them (one statement). */
export async function handoversOfShifts(
  em: EntityManager,
  shiftIds: readonly string[],
): Promise<{ state: HandoverState; outgoingShiftId: string; incomingShiftId: string | null }[]> {
  if (!shiftIds.length) return [];
  const rows: { state: HandoverState; out: string; inc: string | null }[] = await em.query(
    `SELECT state, outgoing_shift_id AS out, incoming_shift_id AS inc FROM handover
      WHERE outgoing_shift_id = ANY($1::uuid[]) OR incoming_shift_id = ANY($1::uuid[])`,
    [shiftIds],
  );
  return rows.map((r) => ({ state: r.state, outgoingShiftId: r.out, incomingShiftId: r.inc }));
}

/** The next shift of another guard at the post, starting within a day of the outgoing shift's end: the successor. */
export async function successorShift(
  em: EntityManager,
  outgoing: Shift,
  guardId?: string | null,
): Promise<Shift | null> {
  const qb = em
    .getRepository(Shift)
    .createQueryBuilder('s')
    .where('s.postId = :postId AND s.guardId <> :me AND s.startsAt >= :start AND s.endsAt > :end', {
      postId: outgoing.postId,
      me: outgoing.guardId,
      start: outgoing.startsAt,
      end: outgoing.endsAt,
    })
    .andWhere('s.startsAt <= :latest', {
      latest: new Date(outgoing.endsAt.getTime() + 24 * 3600_000),
    });
  if (guardId) qb.andWhere('s.guardId = :guardId', { guardId });
  return qb.orderBy('s.startsAt').getOne();
}

function notOnDuty(): DomainError {
  return fieldError('postId', 'NOT_ON_DUTY');
}

/** The outgoing guard writes the record: post status, open problems, items, an open incident. */
export async function startHandover(ctx: Context, input: StartHandoverInput): Promise<Handover> {
  const guardId = callerGuardId(ctx);
  const post = await findPost(ctx, input.postId);
  const items = assertHandoverItems(input.items);
  const incidentNote = trimmed(input.incidentNote);
  if (input.incidentOpen && !incidentNote)
    throw fieldError('incidentNote', 'REQUIRED', {}, 'Describe the incident being handled');
  try {
    const handover = await ctx.app.dataSource.transaction(async (em) => {
      await assertPostWorkable(em, post);
      const outgoingShift = await workingShift(em, guardId, post.id);
      if (!outgoingShift) throw notOnDuty();
      const incomingShift = await successorShift(em, outgoingShift, input.incomingGuardId);
      const incomingGuardId = input.incomingGuardId ?? incomingShift?.guardId;
      if (!incomingGuardId) throw fieldError('incomingGuardId', 'NO_SUCCESSOR');
      assertDistinctGuards(guardId, incomingGuardId);
      const incoming = await em.findOneBy(Guard, {
        id: incomingGuardId,
        companyId: post.companyId,
      });
      if (!incoming) throw new NotFoundError('Guard', incomingGuardId);
      assertCanBeRostered(incoming);
      const handover = await em.save(
        Handover,
        em.create(Handover, {
          companyId: post.companyId,
          postId: post.id,
          state: HandoverState.DRAFTED,
          outgoingGuardId: guardId,
          outgoingShiftId: outgoingShift.id,
          incomingGuardId,
          incomingShiftId: incomingShift?.id ?? null,
          postStatus: input.postStatus.trim(),
          openProblems: trimmed(input.openProblems),
          items,
          incidentOpen: input.incidentOpen,
          incidentNote,
        }),
      );
      await recordAudit(em, ctx, {
        action: 'handover.start',
        targetType: 'Handover',
        targetId: handover.id,
        detail: {
          postId: post.id,
          outgoingGuardId: guardId,
          incomingGuardId,
          incidentOpen: handover.incidentOpen,
          items: items.length,
        },
      });
      return handover;
    });
    await publishHandoverEvent(ctx, handover);
    return handover;
  } catch (error) {
    if (isConstraintViolation(error, 'uq_handover_outgoing_shift'))
      throw new ConflictError('This shift has been handed over already');
    if (pgError(error)?.code === PgCode.UNIQUE_VIOLATION)
      throw new ConflictError('A handover at this post is still open');
    throw error;
  }
}

/**
 * One step of the machine in one transaction: the row locked (FOR UPDATE), the caller's party
 * checked, the version compared (the loser of a race gets CONFLICT), the domain's next state,
 * the step's own changes, the new version, an audit entry.
 */
async function step(
  ctx: Context,
  input: { id: string; version: number },
  action: HandoverAction,
  apply: (h: Handover, next: HandoverState, now: Date) => void,
  before?: (h: Handover) => void,
): Promise<Handover> {
  companyUser(ctx); // a company user, or FORBIDDEN before anything is read
  const saved = await ctx.app.dataSource.transaction(async (em) => {
    const handover = await scopedQuery(ctx, Handover, 'h', em)
      .setLock('pessimistic_write')
      .andWhere('h.id = :id', { id: input.id })
      .getOne();
    if (!handover) throw new NotFoundError('Handover', input.id);
    const actor = actorIn(ctx, handover);
    if (!actor) throw new ForbiddenError('You are no party of this handover');
    if (handover.version !== input.version)
      throw new ConflictError('Someone else has moved this handover on: reload it');
    const from = handover.state;
    before?.(handover);
    const next = nextHandoverState(from, actor, action, { incidentOpen: handover.incidentOpen });
    const now = new Date();
    apply(handover, next, now);
    handover.state = next;
    handover.version += 1;
    const saved = await em.save(handover);
    await recordAudit(em, ctx, {
      action: `handover.${action.toLowerCase()}`,
      targetType: 'Handover',
      targetId: handover.id,
      detail: { from, to: next, actor, version: saved.version, postId: handover.postId },
    });
    if (next === HandoverState.AWAITING_APPROVAL)
      await notify(em, 'HANDOVER_AWAITING_APPROVAL', handover.id);
    return saved;
  });
  await publishHandoverEvent(ctx, saved);
  return saved;
}

/** The incoming guard records findings and the items counted; an open incident sends it for approval. */
export function inspectHandover(ctx: Context, input: InspectHandoverInput): Promise<Handover> {
  return step(
    ctx,
    input,
    HandoverAction.INSPECT,
    (h, next, now) => {
      h.findings = trimmed(input.findings);
      h.discrepancies = itemDiscrepancies(h.items, input.counts ?? h.items);
      h.inspectedAt = now;
      if (next === HandoverState.AWAITING_APPROVAL) h.approvalRequestedAt = now;
    },
    (h) => {
      // The inspection may find an incident the outgoing guard did not report; it never clears one.
      if (input.incidentOpen && !h.incidentOpen) {
        h.incidentOpen = true;
        h.incidentNote = trimmed(input.incidentNote) ?? h.incidentNote;
      }
    },
  );
}

/** Either guard asks the duty supervisor to approve after inspection. */
export function requestHandoverApproval(ctx: Context, input: HandoverStepInput): Promise<Handover> {
  return step(ctx, input, HandoverAction.REQUEST_APPROVAL, (h, _next, now) => {
    h.approvalRequestedAt = now;
    if (input.note?.trim()) h.approvalNote = input.note.trim();
  });
}

/** The duty supervisor approves a handover awaiting approval. */
export function approveHandover(ctx: Context, input: HandoverStepInput): Promise<Handover> {
  const caller = companyUser(ctx);
  return step(ctx, input, HandoverAction.APPROVE, (h, _next, now) => {
    h.approvedAt = now;
    h.approvedByUserId = caller.userId;
    h.approvalNote = trimmed(input.note) ?? h.approvalNote;
  });
}

/** The duty supervisor sends a handover awaiting approval back with a reason; either guard asks again. */
export function returnHandover(ctx: Context, input: ReturnHandoverInput): Promise<Handover> {
  const reason = assertReturnReason(input.reason);
  const caller = companyUser(ctx);
  return step(ctx, input, HandoverAction.RETURN, (h, _next, now) => {
    h.returnedAt = now;
    h.returnedByUserId = caller.userId;
    h.returnReason = reason;
  });
}

/** The incoming guard signs consent and takes over the post. */
export function signHandover(ctx: Context, input: HandoverStepInput): Promise<Handover> {
  return step(ctx, input, HandoverAction.SIGN, (h, _next, now) => {
    h.signedAt = now;
  });
}

/** The outgoing guard is released, only after the successor's signature. */
export function releaseHandover(ctx: Context, input: HandoverStepInput): Promise<Handover> {
  return step(ctx, input, HandoverAction.RELEASE, (h, _next, now) => {
    h.releasedAt = now;
  });
}
