import { MAX_NOTIFICATION_ATTEMPTS, notificationRetryDelayMs } from '@cqss/domain';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../common/logger';
import { deliver, DeliveryError, type OutgoingMessage } from './notification.channels';
import { NotificationSettingsRow } from './notification-settings.entity';

export interface SenderOptions {
  pollMs: number;
  retryBaseMs: number;
  webhookHosts: readonly string[];
  /** Messages in flight at once on this replica (each holds a pool connection while it is sent). */
  concurrency?: number;
  timeoutMs?: number;
}

/**
 * Delivers the outbox. Each message is claimed with `FOR UPDATE SKIP LOCKED` in its own
 * transaction, sent, and marked sent (or rescheduled with backoff) before that transaction
 * commits: replicas never take the same message, and a message is done only once its
 * delivery is recorded. Stopping waits for the messages in flight, so a restart loses nothing
 * and sends nothing twice; only a process killed between a receiver's answer and the commit
 * sends that one message again (delivery is at least once; emails keep one Message-ID).
 */
export class NotificationSender {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
    private readonly options: SenderOptions,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops claiming messages and waits for those in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Sends every message due now (what a poll does); resolves when none is left. */
  async drain(): Promise<void> {
    const loops = Array.from({ length: this.options.concurrency ?? 2 }, async () => {
      while (!this.stopped && (await this.sendOne())) {
        /* next */
      }
    });
    await Promise.all(loops);
  }

  private schedule(ms: number) {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .catch((err: unknown) =>
          this.logger.warn({ err }, 'notification sender: outbox unreachable'),
        )
        .finally(() => {
          this.running = null;
          this.schedule(this.options.pollMs);
        });
    }, ms);
    this.timer.unref();
  }

  /** Claims, sends and records one due message; false when none is due. */
  private sendOne(): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const [row]: (OutgoingMessage & { company_id: string; attempts: number })[] = await em.query(
        `SELECT id::text AS id, company_id, channel::text AS channel, title, body, attempts
           FROM notification_outbox
          WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
          ORDER BY next_attempt_at, id
          LIMIT 1
          FOR UPDATE SKIP LOCKED`,
      );
      if (!row) return false;
      const settings = await em.findOneBy(NotificationSettingsRow, { companyId: row.company_id });
      const attempts = row.attempts + 1;
      try {
        await deliver(row, settings, {
          timeoutMs: this.options.timeoutMs ?? 10_000,
          webhookHosts: this.options.webhookHosts,
        });
        await em.query(
          `UPDATE notification_outbox SET sent_at = now(), attempts = $2, last_error = NULL WHERE id = $1`,
          [row.id, attempts],
        );
      } catch (err) {
        const reason = err instanceof DeliveryError ? err.message : 'unexpected error';
        if (!(err instanceof DeliveryError)) this.logger.error({ err }, 'notification sender');
        const giveUp =
          (err instanceof DeliveryError && err.permanent) || attempts >= MAX_NOTIFICATION_ATTEMPTS;
        const delay = notificationRetryDelayMs(attempts, { baseMs: this.options.retryBaseMs });
        await em.query(
          `UPDATE notification_outbox
              SET attempts = $2, last_error = $3,
                  failed_at = CASE WHEN $4 THEN now() END,
                  next_attempt_at = now() + make_interval(secs => $5::double precision / 1000)
            WHERE id = $1`,
          [row.id, attempts, reason, giveUp, delay],
        );
        this.logger.warn(
          { notification: row.id, channel: row.channel, attempts, reason, giveUp },
          'notification not delivered',
        );
      }
      return true;
    });
  }
}
