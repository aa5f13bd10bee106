import {
  alertsFor,
  assertAlertSettings,
  DEFAULT_ALERT_SETTINGS,
  Role,
  type AlertSettings,
  type FeedbackAlert as RaisedAlert,
  type FeedbackAlertKind,
} from '@cqss/domain';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../common/context';
import { ConflictError, NotFoundError } from '../../common/errors';
import { paginate, type Page } from '../../common/pagination';
import { scopedQuery } from '../../common/scope';
import { recordAudit } from '../audit/audit.service';
import type { Principal, UserPrincipal } from '../auth/principal';
import { FeedbackAlert } from './feedback-alert.entity';
import { FeedbackSettingsRow } from './feedback-settings.entity';
import type {
  AcknowledgeFeedbackAlertInput,
  FeedbackAlertArgs,
  FeedbackSettingsInput,
} from './feedback.inputs';

/** The pub/sub topic of new low-rating alerts (Redis channel when REDIS_URL is set). */
export const FEEDBACK_ALERT_TOPIC = 'FEEDBACK_ALERT_RAISED';

/** What goes over the pub/sub: enough to route it; subscribers read the alert itself. */
export interface FeedbackAlertEvent {
  id: string;
  companyId: string;
  supervisorId: string | null;
}

/** A company's alert thresholds: its own row, or the domain's defaults. */
export async function alertSettings(
  em: EntityManager,
  companyId: string,
): Promise<AlertSettings & { updatedAt: Date | null }> {
  const row = await em.findOneBy(FeedbackSettingsRow, { companyId });
  if (!row) return { ...DEFAULT_ALERT_SETTINGS, updatedAt: null };
  const { oneStarAlert, windowMinutes, minRatings, lowShare, updatedAt } = row;
  return { oneStarAlert, windowMinutes, minRatings, lowShare, updatedAt };
}

/** A company's thresholds (null columns: the defaults) and a unit's other ratings in its window. */
export interface AlertWindow {
  one_star_alert: boolean | null;
  window_minutes: number | null;
  min_ratings: number | null;
  low_share: number | null;
  counts: { rating: number; n: number }[];
}

/**
 * The columns of an `AlertWindow` for the rating of the row `r` (its company_id,
 * customer_unit_id, recorded_at), with `alertWindowJoin(r)` in the FROM: the thresholds, and
 * the unit's ratings in the window they set counted by value (a busy unit's window is hundreds
 * of rows: one row per value, not a parsed row each). Read before the rating is stored: the
 * counts are of the others.
 */
export const alertWindowColumns = (r: string) =>
  `s.one_star_alert, s.window_minutes, s.min_ratings, s.low_share,
   (SELECT coalesce(json_agg(json_build_object('rating', c.rating, 'n', c.n)), '[]'::json)
      FROM (SELECT rating, count(*)::int AS n FROM feedback
             WHERE customer_unit_id = ${r}.customer_unit_id
               AND recorded_at BETWEEN ${r}.recorded_at - make_interval(mins => coalesce(s.window_minutes, ${Number(DEFAULT_ALERT_SETTINGS.windowMinutes)}))
                                   AND ${r}.recorded_at
             GROUP BY rating) AS c) AS counts`;
export const alertWindowJoin = (r: string) =>
  `LEFT JOIN feedback_settings s ON s.company_id = ${r}.company_id`;

/** A rating, as its alerts are judged and addressed. */
export interface RatingForAlerts {
  feedbackId: string;
  companyId: string;
  customerUnitId: string;
  postId: string | null;
  rating: number;
  recordedAt: Date;
}

/**
 * The alerts a rating raises: alertsFor over the unit's other ratings in the window, as the
 * rating's judgement read them (`window`).
 */
export function alertsRaisedBy(rating: RatingForAlerts, window: AlertWindow): RaisedAlert[] {
  const end = rating.recordedAt;
  const settings: AlertSettings =
    window.window_minutes === null
      ? DEFAULT_ALERT_SETTINGS
      : {
          oneStarAlert: window.one_star_alert!,
          windowMinutes: window.window_minutes,
          minRatings: window.min_ratings!,
          lowShare: window.low_share!,
        };
  // Every one of them is in the window: each stands in at its end (one object a rating value).
  const recent = window.counts.flatMap(({ rating: value, n }) =>
    new Array<{ rating: number; at: Date }>(n).fill({ rating: value, at: end }),
  );
  return alertsFor({ id: rating.feedbackId, rating: rating.rating, at: end }, recent, settings);
}

/**
 * Writes a stored rating's alerts with its transaction, addressed to the post's supervisor —
 * or, without a post or supervisor, to every duty supervisor of the company (supervisorId null).
 */
export async function raiseAlerts(
  em: EntityManager,
  rating: RatingForAlerts,
  raised: readonly RaisedAlert[],
): Promise<FeedbackAlertEvent[]> {
  if (raised.length === 0) return [];

  const [post]: { supervisor_id: string | null }[] = rating.postId
    ? await em.query(`SELECT supervisor_id FROM post WHERE id = $1`, [rating.postId])
    : [];
  const supervisorId = post?.supervisor_id ?? null;
  const rows: { id: string }[] = await em.query(
    `INSERT INTO feedback_alert (company_id, feedback_id, customer_unit_id, post_id, supervisor_id, kind, rating, count, low_count, window_start, window_end)
     SELECT $1, $2, $3, $4, $5, a.kind::feedback_alert_kind, $6, a.count, a.low_count, a.window_start, a.window_end
       FROM jsonb_to_recordset($7::jsonb) AS a(kind text, count int, low_count int, window_start timestamptz, window_end timestamptz)
     RETURNING id`,
    [
      rating.companyId,
      rating.feedbackId,
      rating.customerUnitId,
      rating.postId,
      supervisorId,
      rating.rating,
      JSON.stringify(
        raised.map((a) => ({
          kind: a.kind,
          count: a.count,
          low_count: a.lowCount,
          window_start: a.windowStart,
          window_end: a.windowEnd,
        })),
      ),
    ],
  );
  return rows.map((r) => ({ id: r.id, companyId: rating.companyId, supervisorId }));
}

/** Sends committed alerts to the subscribers (every replica's, through Redis when configured). */
export function publishAlerts(ctx: Context, events: FeedbackAlertEvent[]): void {
  for (const event of events) ctx.app.pubSub.publish(FEEDBACK_ALERT_TOPIC, event);
}

/** Whether an alert is for this person: the supervisor it names, every duty supervisor when it names none, and the company's admins. */
export function isAlertFor(
  event: Pick<FeedbackAlertEvent, 'companyId' | 'supervisorId'>,
  principal: Principal | null,
): boolean {
  if (principal?.kind !== 'user' || principal.companyId !== event.companyId) return false;
  if (principal.role === Role.COMPANY_ADMIN) return true;
  if (event.supervisorId) return event.supervisorId === principal.userId;
  return principal.role === Role.DUTY_SUPERVISOR;
}

/** The alerts query of the caller: all of the company's for admins, their own for supervisors. */
function alertsQuery(ctx: Context) {
  const qb = scopedQuery(ctx, FeedbackAlert, 'fa');
  const p = ctx.principal as UserPrincipal;
  if (p.role !== Role.COMPANY_ADMIN) {
    qb.andWhere(
      p.role === Role.DUTY_SUPERVISOR
        ? '(fa.supervisorId = :me OR fa.supervisorId IS NULL)'
        : 'fa.supervisorId = :me',
      { me: p.userId },
    );
  }
  return qb;
}

export function listAlerts(ctx: Context, args: FeedbackAlertArgs): Promise<Page<FeedbackAlert>> {
  const qb = alertsQuery(ctx);
  if (args.open === true) qb.andWhere('fa.acknowledgedAt IS NULL');
  if (args.open === false) qb.andWhere('fa.acknowledgedAt IS NOT NULL');
  return paginate(qb, 'fa', args);
}

/** One alert the caller may see, or null (another company's, or another supervisor's). */
export function findAlert(ctx: Context, id: string): Promise<FeedbackAlert | null> {
  return alertsQuery(ctx).andWhere('fa.id = :id', { id }).getOne();
}

/** Marks an alert handled with what was done; once. */
export async function acknowledgeAlert(
  ctx: Context,
  input: AcknowledgeFeedbackAlertInput,
): Promise<FeedbackAlert> {
  const alert = await findAlert(ctx, input.id);
  if (!alert) throw new NotFoundError('FeedbackAlert', input.id);
  const comment = input.comment.trim();
  const me = ctx.principal as UserPrincipal;
  return ctx.app.dataSource.transaction(async (em) => {
    // Conditional update: two supervisors acknowledging at once cannot both win.
    const [rows]: [{ acknowledged_at: Date }[], number] = await em.query(
      `UPDATE feedback_alert SET acknowledged_at = now(), acknowledged_by_id = $2, acknowledge_comment = $3
        WHERE id = $1 AND acknowledged_at IS NULL RETURNING acknowledged_at`,
      [alert.id, me.userId, comment],
    );
    if (!rows[0]) throw new ConflictError('This alert has already been acknowledged');
    await recordAudit(em, ctx, {
      action: 'feedback_alert.acknowledge',
      targetType: 'FeedbackAlert',
      targetId: alert.id,
      detail: { kind: alert.kind as FeedbackAlertKind, comment },
    });
    return Object.assign(alert, {
      acknowledgedAt: rows[0].acknowledged_at,
      acknowledgedById: me.userId,
      acknowledgeComment: comment,
    });
  });
}

export function companySettings(ctx: Context) {
  return alertSettings(ctx.app.dataSource.manager, (ctx.principal as UserPrincipal).companyId!);
}

/** Changes the company's alert thresholds (the domain checks them), audited. */
export async function updateSettings(ctx: Context, input: FeedbackSettingsInput) {
  const settings: AlertSettings = {
    oneStarAlert: input.oneStarAlert,
    windowMinutes: input.windowMinutes,
    minRatings: input.minRatings,
    lowShare: input.lowShare,
  };
  assertAlertSettings(settings);
  const me = ctx.principal as UserPrincipal;
  return ctx.app.dataSource.transaction(async (em) => {
    await em.upsert(
      FeedbackSettingsRow,
      { companyId: me.companyId!, ...settings, updatedById: me.userId },
      ['companyId'],
    );
    await recordAudit(em, ctx, {
      action: 'feedback.settings',
      targetType: 'FeedbackSettings',
      detail: { ...settings },
    });
    return alertSettings(em, me.companyId!);
  });
}
