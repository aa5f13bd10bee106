import {
  assertNoProblems,
  changePasswordProblems,
  disableProblems,
  EmploymentStatus,
  fieldError,
  newAccountProblems,
  normalizeUsername,
  passwordProblems,
  Role,
} from '@cqss/domain';
import type { EntityManager } from 'typeorm';
import { companyUser } from '../../common/caller';
import type { Context } from '../../common/context';
import { isConstraintViolation } from '../../common/db-errors';
import { NotFoundError, UnauthenticatedError } from '../../common/errors';
import { containsPattern } from '../../common/like-pattern';
import { paginate, type Page } from '../../common/pagination';
import { scopedQuery } from '../../common/scope';
import { recordAudit } from '../audit/audit.service';
import { hashPassword, verifyPassword } from '../auth/password';
import { Guard } from '../guards/guard.entity';
import { User } from '../users/user.entity';
import type {
  AccountArgs,
  ChangePasswordInput,
  OpenAccountInput,
  ResetPasswordInput,
} from './account.inputs';

/** The company's accounts, newest first, by a search text, a role and whether they are active. */
export function listAccounts(ctx: Context, args: AccountArgs): Promise<Page<User>> {
  const qb = scopedQuery(ctx, User, 'u');
  const search = args.search?.trim();
  if (search)
    qb.andWhere('(u.username ILIKE :search OR u.displayName ILIKE :search)', {
      search: containsPattern(search),
    });
  if (args.role) qb.andWhere('u.role = :role', { role: args.role });
  if (args.active != null) qb.andWhere('u.active = :active', { active: args.active });
  return paginate(qb, 'u', args);
}

/** One of the caller's company's accounts (locked when a manager is given), or NOT_FOUND. */
async function findAccount(ctx: Context, id: string, em?: EntityManager): Promise<User> {
  const qb = scopedQuery(ctx, User, 'u', em).andWhere('u.id = :id', { id });
  if (em) qb.setLock('pessimistic_write');
  const user = await qb.getOne();
  if (!user) throw new NotFoundError('User', id);
  return user;
}

/**
 * Opens an account of the admin's company with a one-time password: for a guard (linked to
 * their record, while employed), a duty supervisor or another admin.
 */
export async function openAccount(ctx: Context, input: OpenAccountInput): Promise<User> {
  const admin = companyUser(ctx);
  const username = normalizeUsername(input.username);
  assertNoProblems([
    ...newAccountProblems(input),
    ...passwordProblems(input.initialPassword, username, 'initialPassword'),
  ]);
  if (input.role === Role.GUARD) {
    const guard = await scopedQuery(ctx, Guard, 'g')
      .andWhere('g.id = :id', { id: input.guardId })
      .getOne();
    if (!guard) throw fieldError('guardId', 'NOT_FOUND');
    if (guard.employmentStatus !== EmploymentStatus.ACTIVE)
      throw fieldError('guardId', 'NOT_EMPLOYED');
  }
  const passwordHash = await hashPassword(input.initialPassword, ctx.app.config.PASSWORD_HASH_COST);
  try {
    return await ctx.app.dataSource.transaction(async (em) => {
      const user = await em.save(
        em.create(User, {
          username,
          displayName: input.displayName.trim(),
          role: input.role,
          companyId: admin.companyId,
          policeOrganId: null,
          guardId: input.role === Role.GUARD ? input.guardId! : null,
          passwordHash,
          mustChangePassword: true,
        }),
      );
      await recordAudit(em, ctx, {
        action: 'account.open',
        targetType: 'User',
        targetId: user.id,
        detail: { username, role: user.role, displayName: user.displayName },
      });
      return user;
    });
  } catch (error) {
    if (isConstraintViolation(error, 'uq_user_username'))
      throw fieldError('username', 'USERNAME_TAKEN');
    if (isConstraintViolation(error, 'uq_user_guard'))
      throw fieldError('guardId', 'GUARD_HAS_ACCOUNT');
    throw error;
  }
}

/** Ends every live session of a user (all of them, or all but one), returning their ids. */
export async function endSessions(
  em: EntityManager,
  userId: string,
  exceptSessionId?: string,
): Promise<string[]> {
  const rows: { id: string }[] = await em.query(
    `UPDATE user_session SET revoked_at = now()
      WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now() AND id IS DISTINCT FROM $2
      RETURNING id`,
    [userId, exceptSessionId ?? null],
  );
  // TypeORM returns [rows, count] for an UPDATE … RETURNING.
  const list = Array.isArray(rows[0]) ? (rows[0] as unknown as { id: string }[]) : rows;
  return list.map((r) => r.id);
}

/** Forgets ended sessions on every replica and closes their sockets. */
function announceEnded(ctx: Context, sessionIds: string[]): void {
  for (const id of sessionIds) ctx.app.principals.revoke(id);
}

/** Sets a new one-time password on an account of the company; its sessions end. */
export async function resetPassword(
  ctx: Context,
  id: string,
  input: ResetPasswordInput,
): Promise<User> {
  const target = await findAccount(ctx, id);
  assertNoProblems(passwordProblems(input.initialPassword, target.username, 'initialPassword'));
  const passwordHash = await hashPassword(input.initialPassword, ctx.app.config.PASSWORD_HASH_COST);
  const { user, ended } = await ctx.app.dataSource.transaction(async (em) => {
    const user = await findAccount(ctx, id, em);
    user.passwordHash = passwordHash;
    user.mustChangePassword = true;
    await em.save(user);
    const ended = await endSessions(em, user.id);
    await recordAudit(em, ctx, {
      action: 'account.password_reset',
      targetType: 'User',
      targetId: user.id,
      detail: { username: user.username, sessionsEnded: ended.length },
    });
    return { user, ended };
  });
  announceEnded(ctx, ended);
  return user;
}

/** Disables or enables an account of the company; disabling ends its sessions at once. */
export async function setAccountActive(ctx: Context, id: string, active: boolean): Promise<User> {
  const admin = companyUser(ctx);
  if (!active) assertNoProblems(disableProblems(admin.userId, id));
  const { user, ended } = await ctx.app.dataSource.transaction(async (em) => {
    const user = await findAccount(ctx, id, em);
    if (user.active === active) return { user, ended: [] as string[] };
    user.active = active;
    await em.save(user);
    const ended = active ? [] : await endSessions(em, user.id);
    await recordAudit(em, ctx, {
      action: active ? 'account.enable' : 'account.disable',
      targetType: 'User',
      targetId: user.id,
      detail: { username: user.username, ...(active ? {} : { sessionsEnded: ended.length }) },
    });
    return { user, ended };
  });
  announceEnded(ctx, ended);
  return user;
}

/**
 * The caller changes their own password: the current one is checked (counted as a sign-in
 * attempt, so a borrowed session cannot guess it), the new one must pass the rule. Their other
 * sessions end; this one goes on, no longer bound to change it.
 */
export async function changePassword(ctx: Context, input: ChangePasswordInput): Promise<User> {
  const p = ctx.principal;
  if (p?.kind !== 'user') throw new UnauthenticatedError();
  const { dataSource, throttle, config } = ctx.app;
  assertNoProblems(changePasswordProblems(input.currentPassword, input.newPassword, p.username));
  await throttle.begin(p.username, ctx.ip, async () => true);
  const user = await dataSource.getRepository(User).findOneByOrFail({ id: p.userId });
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    await recordAudit(dataSource.manager, ctx, {
      action: 'account.password_change_failed',
      targetType: 'User',
      targetId: user.id,
    });
    throw fieldError('currentPassword', 'PASSWORD_WRONG');
  }
  await throttle.succeeded(p.username, ctx.ip);
  const passwordHash = await hashPassword(input.newPassword, config.PASSWORD_HASH_COST);
  const ended = await dataSource.transaction(async (em) => {
    await em.update(User, user.id, { passwordHash, mustChangePassword: false });
    const ended = await endSessions(em, user.id, p.sessionId);
    await recordAudit(em, ctx, {
      action: 'account.password_change',
      targetType: 'User',
      targetId: user.id,
      detail: { firstSignIn: user.mustChangePassword, sessionsEnded: ended.length },
    });
    return ended;
  });
  announceEnded(ctx, ended);
  ctx.app.principals.refresh(p.sessionId);
  ctx.principal = { ...p, mustChangePassword: false };
  user.mustChangePassword = false;
  return user;
}
