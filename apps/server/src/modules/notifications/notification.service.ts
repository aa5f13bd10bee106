import {
  assertNoProblems,
  maskSecret,
  maskWebhookUrl,
  NotificationChannel,
  notificationSettingsProblems,
  renderNotification,
  type NotificationFacts,
  type NotificationKind,
  type NotificationLanguage,
} from '@cqss/domain';
import type { EntityManager } from 'typeorm';
import { companyUser } from '../../common/caller';
import type { Context } from '../../common/context';
import { recordAudit } from '../audit/audit.service';
import { NotificationSettingsRow } from './notification-settings.entity';
import type {
  NotificationDelivery,
  NotificationSettings,
  NotificationSettingsInput,
} from './notification.types';

type FactsRow = { company_id: string } & Record<string, unknown>;

/** What each event's message tells, read in the event's own transaction (it sees the change). */
const FACTS: Record<NotificationKind, { sql: string; facts(r: FactsRow): NotificationFacts }> = {
  LOW_RATING: {
    sql: `SELECT fa.company_id, fa.kind, fa.rating, fa.count, fa.low_count, fa.created_at AS at,
                 cu.name AS unit, p.name AS post, f.comment
            FROM feedback_alert fa
            JOIN customer_unit cu ON cu.id = fa.customer_unit_id
            JOIN feedback f ON f.id = fa.feedback_id
            LEFT JOIN post p ON p.id = fa.post_id
           WHERE fa.id = $1`,
    facts: (r) => ({
      kind: 'LOW_RATING',
      unit: r.unit as string,
      post: (r.post as string | null) ?? null,
      rating: r.rating as number,
      alert: r.kind as 'ONE_STAR' | 'LOW_SHARE',
      count: r.count as number | null,
      lowCount: r.low_count as number | null,
      comment: r.comment as string | null,
      at: r.at as Date,
    }),
  },
  HANDOVER_AWAITING_APPROVAL: {
    sql: `SELECT h.company_id, p.name AS post, cu.name AS unit, og.name AS outgoing,
                 ig.name AS incoming, h.incident_note, coalesce(h.approval_requested_at, now()) AS at
            FROM handover h
            JOIN post p ON p.id = h.post_id
            JOIN customer_unit cu ON cu.id = p.customer_unit_id
            JOIN guard og ON og.id = h.outgoing_guard_id
            JOIN guard ig ON ig.id = h.incoming_guard_id
           WHERE h.id = $1`,
    facts: (r) => ({
      kind: 'HANDOVER_AWAITING_APPROVAL',
      post: r.post as string,
      unit: r.unit as string,
      outgoing: r.outgoing as string,
      incoming: r.incoming as string,
      incidentNote: r.incident_note as string | null,
      at: r.at as Date,
    }),
  },
  FILING_RETURNED: {
    sql: `SELECT f.company_id, c.project, cu.name AS unit, po.name AS organ,
                 s.reviews, coalesce(s.decided_at, now()) AS at
            FROM filing f
            JOIN contract c ON c.id = f.contract_id
            JOIN customer_unit cu ON cu.id = c.customer_unit_id
            LEFT JOIN police_organ po ON po.id = f.police_organ_id
            LEFT JOIN LATERAL (
              SELECT reviews, decided_at FROM filing_submission
               WHERE filing_id = f.id ORDER BY number DESC LIMIT 1) s ON true
           WHERE f.id = $1`,
    facts: (r) => ({
      kind: 'FILING_RETURNED',
      project: r.project as string,
      unit: r.unit as string,
      organ: r.organ as string | null,
      reasons: ((r.reviews as { status: string; reason?: string | null }[] | null) ?? [])
        .filter((v) => v.status === 'REJECTED' && v.reason)
        .map((v) => v.reason!),
      at: r.at as Date,
    }),
  },
  REPORT_ACKNOWLEDGED: {
    sql: `SELECT r.company_id, r.customer_unit_name AS unit, po.name AS organ,
                 r.acknowledgement_note AS note, coalesce(r.acknowledged_at, now()) AS at
            FROM illegal_request_report r
            LEFT JOIN police_organ po ON po.id = r.police_organ_id
           WHERE r.id = $1`,
    facts: (r) => ({
      kind: 'REPORT_ACKNOWLEDGED',
      unit: r.unit as string,
      organ: r.organ as string | null,
      note: r.note as string | null,
      at: r.at as Date,
    }),
  },
};

/** The channels a company has configured, in a fixed order. */
export function configuredChannels(s: NotificationSettingsRow | null): NotificationChannel[] {
  if (!s) return [];
  const channels: NotificationChannel[] = [];
  if (s.wecomWebhookUrl) channels.push(NotificationChannel.WECOM);
  if (s.dingtalkWebhookUrl) channels.push(NotificationChannel.DINGTALK);
  if (s.smtpHost && s.mailFrom && s.mailTo.length) channels.push(NotificationChannel.EMAIL);
  return channels;
}

/**
 * Puts the messages of an event in the outbox, one per channel the company has configured, with
 * the manager of the event's own transaction: the event and its messages commit or roll back
 * together, and the sender delivers them after commit. The one call each event makes.
 */
export async function notify(
  em: EntityManager,
  kind: NotificationKind,
  subjects: string | readonly { id: string }[],
): Promise<void> {
  for (const subjectId of typeof subjects === 'string' ? [subjects] : subjects.map((s) => s.id)) {
    const spec = FACTS[kind];
    const [row]: FactsRow[] = await em.query(spec.sql, [subjectId]);
    if (!row) continue;
    const settings = await em.findOneBy(NotificationSettingsRow, { companyId: row.company_id });
    const channels = configuredChannels(settings);
    if (!channels.length) continue;
    const message = renderNotification(spec.facts(row), settings!.language);
    await em.query(
      `INSERT INTO notification_outbox (company_id, kind, subject_id, channel, title, body)
       SELECT $1, $2, $3, c::notification_channel, $4, $5 FROM unnest($6::text[]) AS c`,
      [row.company_id, kind, subjectId, message.title, message.lines.join('\n'), channels],
    );
  }
}

const view = (s: NotificationSettingsRow | null): NotificationSettings => ({
  language: s?.language ?? 'zh-CN',
  wecomWebhook: maskWebhookUrl(s?.wecomWebhookUrl),
  dingtalkWebhook: maskWebhookUrl(s?.dingtalkWebhookUrl),
  dingtalkSecret: maskSecret(s?.dingtalkSecret),
  smtpHost: s?.smtpHost ?? null,
  smtpPort: s?.smtpPort ?? 465,
  smtpSecure: s?.smtpSecure ?? true,
  smtpUser: s?.smtpUser ?? null,
  smtpPassword: maskSecret(s?.smtpPassword),
  mailFrom: s?.mailFrom ?? null,
  mailTo: s?.mailTo ?? [],
  updatedAt: s?.updatedAt ?? null,
});

/** The caller's company's settings, secrets masked. */
export async function notificationSettings(ctx: Context): Promise<NotificationSettings> {
  const me = companyUser(ctx);
  return view(
    await ctx.app.dataSource.manager.findOneBy(NotificationSettingsRow, {
      companyId: me.companyId,
    }),
  );
}

const blank = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);
/** A secret's new value: undefined keeps the stored one, null or blank clears it. */
const secret = (v: string | null | undefined, stored: string | null | undefined) =>
  v === undefined ? (stored ?? null) : blank(v);

/** Saves the company's settings (checked by the domain rule), audited without any secret. */
export async function updateNotificationSettings(
  ctx: Context,
  input: NotificationSettingsInput,
): Promise<NotificationSettings> {
  const me = companyUser(ctx);
  return ctx.app.dataSource.transaction(async (em) => {
    const stored = await em.findOne(NotificationSettingsRow, {
      where: { companyId: me.companyId },
      lock: { mode: 'pessimistic_write' },
    });
    const next = {
      companyId: me.companyId,
      language: input.language as NotificationLanguage,
      wecomWebhookUrl: secret(input.wecomWebhookUrl, stored?.wecomWebhookUrl),
      dingtalkWebhookUrl: secret(input.dingtalkWebhookUrl, stored?.dingtalkWebhookUrl),
      dingtalkSecret: secret(input.dingtalkSecret, stored?.dingtalkSecret),
      smtpHost: blank(input.smtpHost),
      smtpPort: input.smtpPort,
      smtpSecure: input.smtpSecure,
      smtpUser: blank(input.smtpUser),
      smtpPassword: secret(input.smtpPassword, stored?.smtpPassword),
      mailFrom: blank(input.mailFrom),
      mailTo: input.mailTo.map((m) => m.trim()).filter(Boolean),
      updatedById: me.userId,
    };
    assertNoProblems(notificationSettingsProblems(next, ctx.app.config.NOTIFY_WEBHOOK_HOSTS));
    await em.upsert(NotificationSettingsRow, next, ['companyId']);
    await recordAudit(em, ctx, {
      action: 'notification.settings',
      targetType: 'NotificationSettings',
      detail: {
        channels: configuredChannels(next as NotificationSettingsRow),
        language: next.language,
        // Which secrets changed, never their values.
        changed: (
          ['wecomWebhookUrl', 'dingtalkWebhookUrl', 'dingtalkSecret', 'smtpPassword'] as const
        ).filter((k) => (stored?.[k] ?? null) !== next[k]),
      },
    });
    return view(await em.findOneBy(NotificationSettingsRow, { companyId: me.companyId }));
  });
}

/** The company's latest messages and how each fared, newest first. */
export async function recentDeliveries(
  ctx: Context,
  first: number,
): Promise<NotificationDelivery[]> {
  const me = companyUser(ctx);
  const rows: (NotificationDelivery & { id: string })[] = await ctx.app.dataSource.query(
    `SELECT id::text AS id, kind, channel::text AS channel, title, created_at AS "createdAt",
            attempts, sent_at AS "sentAt", failed_at AS "failedAt", last_error AS "lastError",
            CASE WHEN sent_at IS NULL AND failed_at IS NULL THEN next_attempt_at END AS "nextAttemptAt"
       FROM notification_outbox WHERE company_id = $1 ORDER BY id DESC LIMIT $2`,
    [me.companyId, Math.min(Math.max(first, 1), 100)],
  );
  return rows;
}
