import {
  fieldError,
  initialInquiryState,
  InquiryAction,
  InquiryActor,
  InquiryState,
  nextInquiryState,
} from '@cqss/domain';
import { callerGuardId, companyUser } from '../../common/caller';
import type { Context } from '../../common/context';
import { ForbiddenError, NotFoundError } from '../../common/errors';
import { paginate, type Page } from '../../common/pagination';
import { scopedQuery } from '../../common/scope';
import { recordAudit } from '../audit/audit.service';
import { workingShift } from '../handovers/handover.service';
import { assertPostWorkable } from '../posts/post-contract';
import { Post } from '../posts/post.entity';
import { findPost } from '../posts/post.service';
import { Inquiry } from './inquiry.entity';
import { publishInquiryEvent } from './inquiry.events';
import type { AnswerInquiryInput, InquiryArgs, LogInquiryInput } from './inquiry.inputs';

/** Inquiries the caller may see, newest first: a guard's own, the company's for the office. */
export function listInquiries(ctx: Context, args: InquiryArgs): Promise<Page<Inquiry>> {
  const qb = scopedQuery(ctx, Inquiry, 'i');
  const caller = companyUser(ctx);
  if (caller.role === 'GUARD') qb.andWhere('i.guardId = :me', { me: caller.guardId });
  if (args.state) qb.andWhere('i.state = :state', { state: args.state });
  if (args.postId) qb.andWhere('i.postId = :postId', { postId: args.postId });
  if (args.guardId) qb.andWhere('i.guardId = :guardId', { guardId: args.guardId });
  if (args.from) qb.andWhere('i.createdAt >= :from', { from: args.from });
  if (args.to) qb.andWhere('i.createdAt < :to', { to: args.to });
  return paginate(qb, 'i', args);
}

/** One inquiry the caller may see (a guard: their own), or NOT_FOUND. */
export async function findInquiry(ctx: Context, id: string): Promise<Inquiry> {
  const qb = scopedQuery(ctx, Inquiry, 'i').andWhere('i.id = :id', { id });
  const caller = companyUser(ctx);
  if (caller.role === 'GUARD') qb.andWhere('i.guardId = :me', { me: caller.guardId });
  const inquiry = await qb.getOne();
  if (!inquiry) throw new NotFoundError('Inquiry', id);
  return inquiry;
}

/** How many escalations wait for a reply, and the one waiting longest. */
export async function escalationSummary(
  ctx: Context,
): Promise<{ count: number; oldest: Inquiry | null }> {
  const [rows, count] = await scopedQuery(ctx, Inquiry, 'i')
    .andWhere('i.state = :state', { state: InquiryState.ESCALATED })
    .orderBy('i.escalatedAt', 'ASC')
    .addOrderBy('i.id', 'ASC')
    .take(1)
    .getManyAndCount();
  return { count, oldest: rows[0] ?? null };
}

/**
 * A guard on duty at the post logs a customer's question with the answer given, or escalates
 * it at once; "不知道" is refused (NOT_AN_ANSWER). Without either it stays OPEN while the guard
 * finds out.
 */
export async function logInquiry(ctx: Context, input: LogInquiryInput): Promise<Inquiry> {
  const guardId = callerGuardId(ctx);
  const post = await findPost(ctx, input.postId);
  const state = initialInquiryState({ answer: input.answer, escalate: input.escalate });
  const logged = await ctx.app.dataSource.transaction(async (em) => {
    await assertPostWorkable(em, post);
    const shift = await workingShift(em, guardId, post.id);
    if (!shift) throw fieldError('postId', 'NOT_ON_DUTY');
    const now = new Date();
    const inquiry = await em.save(
      Inquiry,
      em.create(Inquiry, {
        companyId: post.companyId,
        postId: post.id,
        guardId,
        shiftId: shift.id,
        state,
        question: input.question.trim(),
        answer: state === InquiryState.ANSWERED ? input.answer!.trim() : null,
        answeredAt: state === InquiryState.ANSWERED ? now : null,
        escalatedAt: state === InquiryState.ESCALATED ? now : null,
        escalatedToUserId: state === InquiryState.ESCALATED ? post.supervisorId : null,
      }),
    );
    await recordAudit(em, ctx, {
      action: state === InquiryState.ESCALATED ? 'inquiry.escalate' : 'inquiry.log',
      targetType: 'Inquiry',
      targetId: inquiry.id,
      detail: { postId: post.id, state, escalatedToUserId: inquiry.escalatedToUserId },
    });
    return inquiry;
  });
  await publishInquiryEvent(ctx, logged);
  return logged;
}

/** Locks an inquiry of the caller's company for one step; a guard may touch only their own. */
async function stepInquiry(
  ctx: Context,
  id: string,
  fn: (
    inquiry: Inquiry,
    actor: InquiryActor,
    em: import('typeorm').EntityManager,
  ) => Promise<string>,
): Promise<Inquiry> {
  const caller = companyUser(ctx);
  const stepped = await ctx.app.dataSource.transaction(async (em) => {
    const inquiry = await scopedQuery(ctx, Inquiry, 'i', em)
      .setLock('pessimistic_write')
      .andWhere('i.id = :id', { id })
      .getOne();
    if (!inquiry) throw new NotFoundError('Inquiry', id);
    let actor: InquiryActor;
    if (caller.role === 'GUARD') {
      if (inquiry.guardId !== caller.guardId) throw new NotFoundError('Inquiry', id);
      actor = InquiryActor.GUARD;
    } else if (caller.role === 'DUTY_SUPERVISOR') actor = InquiryActor.SUPERVISOR;
    else throw new ForbiddenError();
    const from = inquiry.state;
    const action = await fn(inquiry, actor, em);
    const saved = await em.save(inquiry);
    await recordAudit(em, ctx, {
      action,
      targetType: 'Inquiry',
      targetId: inquiry.id,
      detail: { from, to: saved.state, postId: inquiry.postId },
    });
    return saved;
  });
  await publishInquiryEvent(ctx, stepped);
  return stepped;
}

/** The guard escalates an open inquiry to the post's supervisor (the direct leader). */
export function escalateInquiry(ctx: Context, id: string): Promise<Inquiry> {
  return stepInquiry(ctx, id, async (inquiry, actor, em) => {
    inquiry.state = nextInquiryState(inquiry.state, actor, InquiryAction.ESCALATE);
    const post = await em.findOneByOrFail(Post, { id: inquiry.postId });
    inquiry.escalatedAt = new Date();
    inquiry.escalatedToUserId = post.supervisorId;
    return 'inquiry.escalate';
  });
}

/** The guard answers an open inquiry, or the supervisor replies to an escalated one. */
export function answerInquiry(ctx: Context, input: AnswerInquiryInput): Promise<Inquiry> {
  const caller = companyUser(ctx);
  return stepInquiry(ctx, input.id, async (inquiry, actor) => {
    const action = actor === InquiryActor.GUARD ? InquiryAction.ANSWER : InquiryAction.REPLY;
    inquiry.state = nextInquiryState(inquiry.state, actor, action, input.answer);
    const now = new Date();
    if (action === InquiryAction.ANSWER) {
      inquiry.answer = input.answer.trim();
      inquiry.answeredAt = now;
      return 'inquiry.answer';
    }
    inquiry.reply = input.answer.trim();
    inquiry.repliedAt = now;
    inquiry.repliedByUserId = caller.userId;
    return 'inquiry.reply';
  });
}
