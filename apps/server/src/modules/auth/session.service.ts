import type { Role } from '@cqss/domain';
import type { AppServices, Context } from '../../common/context';
import { InvalidCredentialsError } from '../../common/errors';
import { prepare } from '../../database/prepared-statements';
import { recordAudit } from '../audit/audit.service';
import { PoliceOrgan } from '../police-organs/police-organ.entity';
import { User } from '../users/user.entity';
import { UserSession } from './user-session.entity';
import { hashPassword, verifyPassword } from './password';
import type { KioskPrincipal, Principal, UserPrincipal } from './principal';

export const SESSION_COOKIE = 'cqss_session';
export const DEVICE_COOKIE = 'cqss_device';

// Verified against when the account does not exist, so both answers take as long.
let decoyHash: Promise<string> | null = null;

/** Checks the password, opens a session and sets its cookie. One generic error for every failure. */
export async function login(ctx: Context, username: string, password: string): Promise<User> {
  const { dataSource, throttle, config, tokens } = ctx.app;
  const account = username.trim().toLowerCase();
  await throttle.begin(account, ctx.ip, () => signedInFrom(ctx, account));

  const user = await dataSource.getRepository(User).findOneBy({ username: account });
  decoyHash ??= hashPassword('decoy', config.PASSWORD_HASH_COST);
  const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  if (!user || !ok || !user.active) {
    // A failure against a real account is the company's (or organ's) business to see.
    if (user)
      await recordAudit(dataSource.manager, ctx, {
        ...actAs(user),
        action: 'auth.login_failed',
        targetType: 'User',
        targetId: user.id,
      });
    throw new InvalidCredentialsError();
  }
  await throttle.succeeded(account, ctx.ip);

  const expiresAt = new Date(Date.now() + config.SESSION_TTL_HOURS * 3600_000);
  const session = await dataSource.transaction(async (em) => {
    const row = await em.save(UserSession, { userId: user.id, expiresAt, ip: ctx.ip });
    user.lastSignInAt = new Date();
    await em.update(User, user.id, { lastSignInAt: user.lastSignInAt });
    await recordAudit(em, ctx, {
      ...actAs(user),
      action: 'auth.login',
      targetType: 'User',
      targetId: user.id,
    });
    return row;
  });
  ctx.cookies?.set(
    SESSION_COOKIE,
    await tokens.sign({ typ: 'user', sid: session.id }, expiresAt),
    expiresAt,
  );
  // The rest of the operation (the fields asked of the user) is read as the one now signed in.
  const organ = user.policeOrganId
    ? await ctx.loaders.byId(PoliceOrgan).load(user.policeOrganId)
    : null;
  ctx.principal = {
    kind: 'user',
    userId: user.id,
    username: user.username,
    sessionId: session.id,
    role: user.role as UserPrincipal['role'],
    companyId: user.companyId,
    policeOrganId: user.policeOrganId,
    organDivisionCode: organ?.divisionCode ?? null,
    guardId: user.guardId,
    mustChangePassword: user.mustChangePassword,
  };
  return user;
}

/** Whether the account has signed in from the caller's address before (its sessions keep the address). */
async function signedInFrom(ctx: Context, account: string): Promise<boolean> {
  const rows: unknown[] = await ctx.app.dataSource.query(
    `SELECT 1 FROM user_session s JOIN app_user u ON u.id = s.user_id
      WHERE u.username = $1 AND s.ip = $2 LIMIT 1`,
    [account, ctx.ip],
  );
  return rows.length > 0;
}

function actAs(user: User) {
  return {
    actor: { userId: user.id, role: user.role, label: user.username },
    companyId: user.companyId,
    policeOrganId: user.policeOrganId,
  };
}

/** Revokes the caller's session, so its token is worthless even if copied. */
export async function logout(ctx: Context): Promise<void> {
  const principal = ctx.principal;
  if (principal?.kind === 'user') {
    await ctx.app.dataSource.transaction(async (em) => {
      await em.update(UserSession, principal.sessionId, { revokedAt: new Date() });
      await recordAudit(em, ctx, {
        action: 'auth.logout',
        targetType: 'User',
        targetId: principal.userId,
      });
    });
    ctx.app.principals.revoke(principal.sessionId);
  }
  ctx.cookies?.clear(SESSION_COOKIE);
}

interface SessionRow {
  session_id: string;
  expires_at: Date;
  user_id: string;
  username: string;
  role: Exclude<Role, 'KIOSK'>;
  company_id: string | null;
  police_organ_id: string | null;
  organ_division_code: string | null;
  guard_id: string | null;
  must_change_password: boolean;
}

interface DeviceRow {
  id: string;
  company_id: string;
  customer_unit_id: string;
  post_id: string | null;
}

// Prepared on each connection: one of them runs for a token not in the cache (columns listed).
const SESSION_PRINCIPAL = `SELECT s.id AS session_id, s.expires_at, u.id AS user_id, u.username, u.role, u.company_id, u.police_organ_id, u.guard_id, u.must_change_password, o.division_code AS organ_division_code
   FROM user_session s
   JOIN app_user u ON u.id = s.user_id AND u.active
   LEFT JOIN police_organ o ON o.id = u.police_organ_id
  WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`;
const KIOSK_PRINCIPAL = `SELECT id, company_id, customer_unit_id, post_id FROM kiosk_device
  WHERE id = $1 AND revoked_at IS NULL AND paired_at IS NOT NULL`;
prepare(SESSION_PRINCIPAL);
prepare(KIOSK_PRINCIPAL);

/**
 * Who the request's cookies name: a live session of an active user, or a paired, unrevoked
 * kiosk — each from the cache, or one statement. A logout or a kiosk's revocation is
 * immediate through the cache's pub/sub (a rating checks its device again as it locks it).
 */
export async function resolvePrincipal(
  app: AppServices,
  cookies: Record<string, string | undefined>,
): Promise<Principal | null> {
  const sessionToken = cookies[SESSION_COOKIE];
  // A cached token was verified when it was cached; skip the signature check.
  const cached = sessionToken ? app.principals.get(sessionToken) : null;
  if (cached?.kind === 'user') return cached;
  const claims = sessionToken ? await app.tokens.verify(sessionToken) : null;
  if (claims?.typ === 'user') {
    const rows: SessionRow[] = await app.dataSource.query(SESSION_PRINCIPAL, [claims.sid]);
    const row = rows[0];
    if (row) {
      const principal: UserPrincipal = {
        kind: 'user',
        userId: row.user_id,
        username: row.username,
        sessionId: row.session_id,
        role: row.role,
        companyId: row.company_id,
        policeOrganId: row.police_organ_id,
        organDivisionCode: row.organ_division_code,
        guardId: row.guard_id,
        mustChangePassword: row.must_change_password,
      };
      app.principals.set(sessionToken!, principal, row.expires_at);
      return principal;
    }
  }
  const deviceToken = cookies[DEVICE_COOKIE];
  const device = deviceToken ? await app.tokens.verify(deviceToken) : null;
  if (device?.typ === 'kiosk') {
    // Verified first: the cache keeps a kiosk within its TTL, not to its token's expiry.
    const known = app.principals.get(deviceToken!);
    if (known?.kind === 'kiosk') return known;
    const rows: DeviceRow[] = await app.dataSource.query(KIOSK_PRINCIPAL, [device.did]);
    const row = rows[0];
    if (row) {
      const principal: KioskPrincipal = {
        kind: 'kiosk',
        role: 'KIOSK',
        deviceId: row.id,
        companyId: row.company_id,
        customerUnitId: row.customer_unit_id,
        postId: row.post_id,
      };
      app.principals.set(deviceToken!, principal);
      return principal;
    }
  }
  return null;
}
