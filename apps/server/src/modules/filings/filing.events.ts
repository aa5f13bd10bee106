import type { FilingStatus } from '@cqss/domain';
import type { Principal } from '../auth/principal';
import type { Context } from '../../common/context';
import { UnauthenticatedError } from '../../common/errors';
import type { Filing } from './filing.entity';

/** Every step of every filing goes out on this topic (through Redis when configured). */
export const FILING_EVENTS = 'FILING_EVENTS';

/** What crosses the wire: ids only, so each subscriber reads the filing through its own scope. */
export interface FilingEventPayload {
  filingId: string;
  companyId: string;
  policeOrganId: string | null;
  status: FilingStatus;
  resubmission: boolean;
  at: string;
}

/** Announces a committed step of a filing; a lost event costs a refresh, never the step. */
export async function publishFilingEvent(
  ctx: Context,
  filing: Filing,
  resubmission = false,
): Promise<void> {
  const payload: FilingEventPayload = {
    filingId: filing.id,
    companyId: filing.companyId,
    policeOrganId: filing.policeOrganId,
    status: filing.status,
    resubmission,
    at: new Date().toISOString(),
  };
  try {
    await ctx.app.pubSub.publish(FILING_EVENTS, payload);
  } catch (err) {
    ctx.app.logger.warn({ err, filingId: filing.id }, 'filing event not published');
  }
}

/**
 * Who hears of a step: the officers of the organ it is addressed to (new and resubmitted
 * filings, and colleagues' claims and decisions), and the company's admins (the organ's
 * claims and decisions). Nobody else.
 */
export function isFilingEventFor(
  payload: FilingEventPayload,
  principal: Principal | null,
): boolean {
  if (!principal || principal.kind !== 'user') return false;
  if (principal.role === 'POLICE_OFFICER')
    return !!payload.policeOrganId && payload.policeOrganId === principal.policeOrganId;
  return principal.role === 'COMPANY_ADMIN' && payload.companyId === principal.companyId;
}

/**
 * A subscription outlives the request that opened it: before each event, check that the
 * session behind the socket is still signed in (UNAUTHENTICATED otherwise, and the client
 * goes back to its login page).
 */
export async function assertStillSignedIn(ctx: Context): Promise<void> {
  const p = ctx.principal;
  if (!p || p.kind !== 'user') throw new UnauthenticatedError();
  const rows: unknown[] = await ctx.app.dataSource.query(
    `SELECT 1 FROM user_session s JOIN app_user u ON u.id = s.user_id AND u.active
      WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
    [p.sessionId],
  );
  if (!rows.length) throw new UnauthenticatedError();
}
