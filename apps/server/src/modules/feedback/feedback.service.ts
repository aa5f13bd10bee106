import {
  assertAmendable,
  assertDeviceRate,
  DomainError,
  DomainErrorCode,
  fieldError,
  clampRecordedAt,
  FEEDBACK_RATE_LIMIT,
  validateFeedback,
  type FeedbackTag,
} from '@cqss/domain';
import type { Context } from '../../common/context';
import { UUID } from '../../common/input-check';
import { prepare, transactionBeginningWith } from '../../database/prepared-statements';
import { UnauthenticatedError } from '../../common/errors';
import type { KioskPrincipal } from '../auth/principal';
import {
  alertWindowColumns,
  alertWindowJoin,
  publishAlerts,
  raiseAlerts,
  type AlertWindow,
} from './feedback-alert.service';
import { notify } from '../notifications/notification.service';
import type { FeedbackReceipt, SubmitFeedbackInput } from './feedback.inputs';

/**
 * How far before its pairing a device's rating may be dated: a tablet keeps its queue across a
 * re-pairing, while a clock reset to 1970 must not land in a long-gone week.
 */
const QUEUE_GRACE_MS = 7 * 86_400_000;
const HOUR_MS = 3_600_000;

interface FeedbackRow {
  id: string;
  idempotency_key: string;
  rating: number;
  tags: FeedbackTag[];
  comment: string | null;
  recorded_at: Date;
  received_at: Date;
}

const RETURNING =
  'id, idempotency_key, rating, tags::text[] AS tags, comment, recorded_at, received_at';

// The statements of every rating, prepared on each connection (their columns are listed).
// The device's row, locked: sent with the transaction's START TRANSACTION (one round trip), so
// its id is written in as a literal (a UUID: nothing to escape, checked all the same).
const lockDevice = (deviceId: string) => {
  if (!UUID.test(deviceId)) throw new Error('a device id is a UUID');
  return `SELECT company_id, customer_unit_id, post_id, paired_at FROM kiosk_device
  WHERE id = '${deviceId}'::uuid AND revoked_at IS NULL AND paired_at IS NOT NULL FOR UPDATE`;
};
const JUDGE = `SELECT k.*, ARRAY(
                SELECT recorded_at FROM feedback WHERE device_id = $1 AND recorded_at > $3 AND recorded_at < $4
              ) AS near
           FROM (SELECT 1) AS one
           LEFT JOIN LATERAL (
                SELECT ${RETURNING}, device_id = $1 AS own FROM feedback
                 WHERE idempotency_key = $2 ORDER BY device_id = $1 DESC LIMIT 1
              ) AS k ON true`;
const INSERT = `WITH r AS (
         INSERT INTO feedback (company_id, customer_unit_id, post_id, device_id, idempotency_key, rating, tags, comment, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::feedback_tag[], $8, $9)
         RETURNING company_id, customer_unit_id, ${RETURNING})
       SELECT r.id, r.idempotency_key, r.rating, r.tags, r.comment, r.recorded_at, r.received_at,
              ${alertWindowColumns('r')}
         FROM r ${alertWindowJoin('r')}`;
[JUDGE, INSERT].forEach(prepare);

function toReceipt(row: FeedbackRow): FeedbackReceipt {
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    rating: row.rating,
    tags: row.tags,
    comment: row.comment,
    recordedAt: row.recorded_at,
    receivedAt: row.received_at,
  };
}

const sameTags = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Stores a kiosk's rating for the device's own unit and post, exactly once per idempotency key.
 * Order matters: the key first (a retry returns the stored rating, even one that would now be
 * "too soon"; the same key with other tags or comment amends it, from the same device within
 * FEEDBACK_AMEND_WINDOW_SECONDS of the tap, else AMEND_WINDOW_CLOSED; a key another device used
 * is FEEDBACK_OTHER_DEVICE), then the device rate limit judged by the recorded time
 * (RATE_LIMITED is final), then the row and the alerts it raises, in one transaction; alerts
 * are published after commit. The rating is sent at the tap, so its alerts go out at once.
 */
export async function submitFeedback(
  ctx: Context,
  input: SubmitFeedbackInput,
): Promise<FeedbackReceipt> {
  const kiosk = ctx.principal as KioskPrincipal;
  const { rating, tags, comment } = validateFeedback(input);
  const now = new Date();

  // Locking the device row serialises its ratings, so two at once cannot both pass the limit:
  // the lock is the transaction's first statement, and the judgement below, a statement of its
  // own after it, reads what a rating that held the lock before committed.
  const { row, alerts, retry } = await transactionBeginningWith(
    ctx.app.dataSource,
    lockDevice(kiosk.deviceId),
    async (em, locked) => {
      const [device] = locked as {
        company_id: string;
        customer_unit_id: string;
        post_id: string | null;
        paired_at: Date;
      }[];
      if (!device) throw new UnauthenticatedError('This kiosk is no longer paired');

      // The time the rating counts at, if it can be worked out (else refused below, after the key).
      const notBefore = new Date(device.paired_at.getTime() - QUEUE_GRACE_MS);
      let counted: Date | null = null;
      try {
        counted = clampRecordedAt(input.recordedAt, { now, notBefore });
      } catch {
        counted = null;
      }
      // One statement for what the rest is judged by: the row stored under the key (the device's
      // own first, else another device's) and the device's ratings near the time it counts at.
      const t = counted?.getTime();
      const judged: (FeedbackRow & { own: boolean | null; near: Date[] })[] = await em.query(
        JUDGE,
        [
          kiosk.deviceId,
          input.idempotencyKey,
          t === undefined ? null : new Date(t - HOUR_MS),
          t === undefined ? null : new Date(t + FEEDBACK_RATE_LIMIT.minIntervalSeconds * 1000),
        ],
      );
      const { own, near, ...stored } = judged[0]!;
      if (own) {
        // A plain retry (no details, or the stored ones) returns what is stored; nothing is cleared.
        const noDetails = tags.length === 0 && comment === null;
        if (noDetails || (sameTags(stored.tags, tags) && stored.comment === comment))
          return { row: stored, alerts: [], retry: true };
        // The same key with other details: the customer's tags and comment, after the tap.
        if (stored.rating !== rating)
          throw fieldError('rating', 'INVALID', {}, 'An amendment keeps the rating it amends');
        assertAmendable(
          stored.recorded_at,
          input.amendedAt ?? null,
          now,
          ctx.app.config.FEEDBACK_AMEND_WINDOW_SECONDS,
        );
        // An UPDATE through TypeORM answers [rows, affected].
        const [[amended]]: [FeedbackRow[], number] = await em.query(
          `UPDATE feedback SET tags = $2::feedback_tag[], comment = $3 WHERE id = $1 RETURNING ${RETURNING}`,
          [stored.id, tags, comment],
        );
        return { row: amended!, alerts: [], retry: true };
      }
      if (own === false)
        throw new DomainError(
          DomainErrorCode.FEEDBACK_OTHER_DEVICE,
          'This rating was recorded on another kiosk: only that kiosk may amend it',
        );

      const recordedAt = counted ?? clampRecordedAt(input.recordedAt, { now, notBefore });
      assertDeviceRate(recordedAt, near);

      // The row, and what its alerts are judged by, in one statement.
      const [inserted]: (FeedbackRow & AlertWindow)[] = await em.query(INSERT, [
        device.company_id,
        device.customer_unit_id,
        device.post_id,
        kiosk.deviceId,
        input.idempotencyKey,
        rating,
        tags,
        comment,
        recordedAt,
      ]);
      const { one_star_alert, window_minutes, min_ratings, low_share, counts, ...row } = inserted!;
      const alerts = await raiseAlerts(
        em,
        {
          feedbackId: row.id,
          companyId: device.company_id,
          customerUnitId: device.customer_unit_id,
          postId: device.post_id,
          rating,
          recordedAt,
        },
        { one_star_alert, window_minutes, min_ratings, low_share, counts },
      );
      await notify(em, 'LOW_RATING', alerts);
      return { row, alerts, retry: false };
    },
  );
  if (!retry) ctx.app.metrics.observeRatingArrival(row.recorded_at, row.received_at);
  publishAlerts(ctx, alerts);
  return toReceipt(row);
}
