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
import { randomUUID } from 'node:crypto';
import type { Context } from '../../common/context';
import { literal } from '../../database/literals';
import { prepare, transactionBeginningWith } from '../../database/prepared-statements';
import { UnauthenticatedError } from '../../common/errors';
import type { KioskPrincipal } from '../auth/principal';
import {
  alertsRaisedBy,
  alertWindowColumns,
  alertWindowJoin,
  publishAlerts,
  raiseAlerts,
  type AlertWindow,
  type RatingForAlerts,
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

// The device's row, locked: sent with the transaction's START TRANSACTION (one round trip).
const lockDevice = (deviceId: string) =>
  `SELECT company_id, customer_unit_id, post_id, paired_at FROM kiosk_device
  WHERE id = ${literal.uuid(deviceId)} AND revoked_at IS NULL AND paired_at IS NOT NULL FOR UPDATE`;

// What a rating is judged by, in one statement (prepared on each connection): the row stored
// under the key (the device's own first, else another device's), the device's ratings near the
// time it counts at, what its alerts are judged by (the unit's other ratings in the window,
// `r` being the rating to come), and the time it is received at (the transaction's: its row's
// default).
const JUDGE = `SELECT k.*,
              ARRAY(SELECT recorded_at FROM feedback
                     WHERE device_id = $1 AND recorded_at > $3 AND recorded_at < $4) AS near,
              now()::timestamptz(3) AS received_now,
              ${alertWindowColumns('r')}
         FROM (SELECT $5::uuid AS company_id, $6::uuid AS customer_unit_id, $7::timestamptz AS recorded_at) AS r
         LEFT JOIN LATERAL (
                SELECT ${RETURNING}, device_id = $1 AS own FROM feedback
                 WHERE idempotency_key = $2 ORDER BY device_id = $1 DESC LIMIT 1
              ) AS k ON true
         ${alertWindowJoin('r')}`;
prepare(JUDGE);

// The rating's row. Sent with the COMMIT when it raises no alert (one round trip, and the
// dashboard's daily cell its trigger updates is held only while the database commits), so its
// values are written in as literals.
const insertRating = (row: FeedbackRow, of: RatingForAlerts, deviceId: string) =>
  `INSERT INTO feedback (id, company_id, customer_unit_id, post_id, device_id, idempotency_key, rating, tags, comment, recorded_at)
   VALUES (${literal.uuid(row.id)}, ${literal.uuid(of.companyId)}, ${literal.uuid(of.customerUnitId)},
           ${literal.uuidOrNull(of.postId)}, ${literal.uuid(deviceId)}, ${literal.uuid(row.idempotency_key)},
           ${literal.int(row.rating)}, ${literal.enumArray(row.tags, 'feedback_tag')},
           ${literal.textOrNull(row.comment)}, ${literal.timestamptz(row.recorded_at)})`;

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

/** The one row of JUDGE: the stored row's columns are null when no row has the key. */
type Judged = FeedbackRow & AlertWindow & { own: boolean | null; near: Date[]; received_now: Date };

const sameTags = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Stores a kiosk's rating for the device's own unit and post, exactly once per idempotency key.
 * Order matters: the key first (a retry returns the stored rating, even one that would now be
 * "too soon"; the same key with other tags or comment amends it, from the same device within
 * FEEDBACK_AMEND_WINDOW_SECONDS of the tap, else AMEND_WINDOW_CLOSED; a key another device used
 * is FEEDBACK_OTHER_DEVICE), then the device rate limit judged by the recorded time
 * (RATE_LIMITED is final), then the row and the alerts it raises, in one transaction: three
 * round trips for a rating that raises none (the lock, the judgement, the row with the
 * COMMIT); alerts are published after commit. The rating is sent at the tap, so its alerts go out at once.
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
    async (em, locked, end) => {
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
      const t = counted?.getTime();
      const [judged]: Judged[] = await em.query(JUDGE, [
        kiosk.deviceId,
        input.idempotencyKey,
        t === undefined ? null : new Date(t - HOUR_MS),
        t === undefined ? null : new Date(t + FEEDBACK_RATE_LIMIT.minIntervalSeconds * 1000),
        device.company_id,
        device.customer_unit_id,
        counted,
      ]);
      const {
        own,
        near,
        received_now,
        one_star_alert,
        window_minutes,
        min_ratings,
        low_share,
        counts,
        ...stored
      } = judged!;
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

      const row: FeedbackRow = {
        id: randomUUID(),
        idempotency_key: input.idempotencyKey,
        rating,
        tags,
        comment,
        recorded_at: recordedAt,
        received_at: received_now,
      };
      const rated: RatingForAlerts = {
        feedbackId: row.id,
        companyId: device.company_id,
        customerUnitId: device.customer_unit_id,
        postId: device.post_id,
        rating,
        recordedAt,
      };
      const window = { one_star_alert, window_minutes, min_ratings, low_share, counts };
      const raised = alertsRaisedBy(rated, window);
      if (raised.length === 0) {
        end.commitWith(insertRating(row, rated, kiosk.deviceId));
        return { row, alerts: [], retry: false };
      }
      await em.query(insertRating(row, rated, kiosk.deviceId));
      const alerts = await raiseAlerts(em, rated, raised);
      await notify(em, 'LOW_RATING', alerts);
      return { row, alerts, retry: false };
    },
  );
  if (!retry) ctx.app.metrics.observeRatingArrival(row.recorded_at, row.received_at);
  publishAlerts(ctx, alerts);
  return toReceipt(row);
}
