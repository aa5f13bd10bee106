import {
  addDays,
  assertPostOrders,
  defaultPostOrders,
  fieldError,
  Role,
  weekStartOf,
} from '@cqss/domain';
import type { EntityManager } from 'typeorm';
import { companyUser } from '../../common/caller';
import type { Context } from '../../common/context';
import { NotFoundError } from '../../common/errors';
import { containsPattern } from '../../common/like-pattern';
import { paginate, type Page } from '../../common/pagination';
import { scopedQuery } from '../../common/scope';
import { recordAudit } from '../audit/audit.service';
import { Company } from '../companies/company.entity';
import { CustomerUnit } from '../customer-units/customer-unit.entity';
import { Shift } from '../shifts/shift.entity';
import { User } from '../users/user.entity';
import { assertContractLink } from './post-contract';
import { Post } from './post.entity';
import type { CreatePostInput, PostArgs, RosterArgs, UpdatePostInput } from './post.inputs';

/** The company's posts, newest first; of one unit, or whose name contains a search text. */
export function listPosts(ctx: Context, args: PostArgs): Promise<Page<Post>> {
  const qb = scopedQuery(ctx, Post, 'p');
  if (args.customerUnitId) qb.andWhere('p.customerUnitId = :cu', { cu: args.customerUnitId });
  const search = args.search?.trim();
  if (search) qb.andWhere("p.name ILIKE :search ESCAPE '\\'", { search: containsPattern(search) });
  return paginate(qb, 'p', args);
}

/** One of the caller's company's posts, or NOT_FOUND. */
export async function findPost(ctx: Context, id: string): Promise<Post> {
  const post = await scopedQuery(ctx, Post, 'p').andWhere('p.id = :id', { id }).getOne();
  if (!post) throw new NotFoundError('Post', id);
  return post;
}

/** The active duty supervisors of the caller's company, by name (for the post form). */
export function dutySupervisors(ctx: Context): Promise<User[]> {
  return scopedQuery(ctx, User, 'u')
    .andWhere('u.role = :role AND u.active', { role: Role.DUTY_SUPERVISOR })
    .orderBy('u.displayName')
    .getMany();
}

async function assertSupervisor(em: EntityManager, companyId: string, userId: string) {
  const user = await em.findOneBy(User, { id: userId, companyId });
  if (!user || user.role !== Role.DUTY_SUPERVISOR || !user.active) {
    throw fieldError('supervisorId', 'NOT_DUTY_SUPERVISOR');
  }
}

/**
 * Opens a post under a contract (a draft's posts are planned, an active one's worked), at the
 * contract's customer unit; its orders start as the company's defaults unless given.
 */
export async function createPost(ctx: Context, input: CreatePostInput): Promise<Post> {
  const { companyId } = companyUser(ctx);
  if (input.customerUnitId) {
    const unit = await scopedQuery(ctx, CustomerUnit, 'cu')
      .andWhere('cu.id = :id', { id: input.customerUnitId })
      .getOne();
    if (!unit) throw new NotFoundError('CustomerUnit', input.customerUnitId);
  }
  return ctx.app.dataSource.transaction(async (em) => {
    if (input.supervisorId) await assertSupervisor(em, companyId, input.supervisorId);
    const contract = await assertContractLink(
      ctx,
      em,
      input.contractId,
      input.customerUnitId ?? undefined,
    );
    const company = await em.findOneByOrFail(Company, { id: companyId });
    const post = await em.save(
      Post,
      em.create(Post, {
        companyId,
        customerUnitId: contract.customerUnitId,
        name: input.name.trim(),
        supervisorId: input.supervisorId ?? null,
        contractId: contract.id,
        postOrders: assertPostOrders(
          input.postOrders ?? defaultPostOrders(company.defaultPostOrders),
        ),
      }),
    );
    await recordAudit(em, ctx, {
      action: 'post.create',
      targetType: 'Post',
      targetId: post.id,
      detail: {
        name: post.name,
        customerUnitId: post.customerUnitId,
        contractId: post.contractId,
        supervisorId: post.supervisorId,
      },
    });
    return post;
  });
}

/** Renames a post, changes its supervisor, contract or orders; new orders get a new revision. */
export async function updatePost(ctx: Context, id: string, input: UpdatePostInput): Promise<Post> {
  const post = await findPost(ctx, id);
  return ctx.app.dataSource.transaction(async (em) => {
    const changed: string[] = [];
    if (input.name !== undefined && input.name.trim() !== post.name) {
      post.name = input.name.trim();
      changed.push('name');
    }
    if (input.supervisorId !== undefined && input.supervisorId !== post.supervisorId) {
      if (input.supervisorId) await assertSupervisor(em, post.companyId, input.supervisorId);
      post.supervisorId = input.supervisorId;
      changed.push('supervisorId');
    }
    if (input.contractId && input.contractId !== post.contractId) {
      await assertContractLink(ctx, em, input.contractId, post.customerUnitId);
      post.contractId = input.contractId;
      changed.push('contractId');
    }
    if (input.postOrders !== undefined) {
      const orders = assertPostOrders(input.postOrders);
      if (orders !== post.postOrders) {
        post.postOrders = orders;
        post.postOrdersRevision += 1;
        changed.push('postOrders');
      }
    }
    const saved = await em.save(post);
    await recordAudit(em, ctx, {
      action: 'post.update',
      targetType: 'Post',
      targetId: post.id,
      detail: { name: saved.name, changed, postOrdersRevision: saved.postOrdersRevision },
    });
    return saved;
  });
}

/** Sets the post orders new posts start with; existing posts keep theirs. */
export async function setDefaultPostOrders(ctx: Context, text: string): Promise<Company> {
  const { companyId } = companyUser(ctx);
  const orders = assertPostOrders(text);
  return ctx.app.dataSource.transaction(async (em) => {
    await em.update(Company, companyId, { defaultPostOrders: orders });
    await recordAudit(em, ctx, {
      action: 'company.default_post_orders',
      targetType: 'Company',
      targetId: companyId,
      detail: { length: [...orders].length },
    });
    return em.findOneByOrFail(Company, { id: companyId });
  });
}

/** A post's shifts in one week, Monday 00:00 to Monday 00:00 Beijing time, in order. */
export async function postRoster(
  ctx: Context,
  args: RosterArgs,
): Promise<{ post: Post; weekStart: string; days: string[]; shifts: Shift[] }> {
  const post = await findPost(ctx, args.postId);
  const weekStart = weekStartOf(args.weekOf);
  const from = new Date(`${weekStart}T00:00:00+08:00`);
  const to = new Date(`${addDays(weekStart, 7)}T00:00:00+08:00`);
  const shifts = await scopedQuery(ctx, Shift, 's')
    .andWhere('s.postId = :postId AND s.startsAt < :to AND s.endsAt > :from', {
      postId: post.id,
      from,
      to,
    })
    .orderBy('s.startsAt')
    .addOrderBy('s.id')
    .getMany();
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
  return { post, weekStart, days, shifts };
}
