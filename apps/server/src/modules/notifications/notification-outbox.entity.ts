import { NotificationChannel } from '@cqss/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Company } from '../companies/company.entity';

/**
 * One message to one channel, written in the transaction of the event it tells of, so the
 * event and its message commit together; the sender (notification-sender.ts) delivers it and
 * sets `sent_at`, or gives up after the last attempt and sets `failed_at`.
 */
@Entity('notification_outbox')
@Index('idx_notification_outbox_due', ['nextAttemptAt', 'id'], {
  where: 'sent_at IS NULL AND failed_at IS NULL',
})
@Index('idx_notification_outbox_company', ['companyId', 'createdAt'])
export class NotificationOutbox {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_notification_outbox_company' })
  company?: Company;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  /** The row the event is about (a feedback alert, a handover, a filing, a report). */
  @Column({ type: 'uuid' })
  subjectId: string;

  @Column({
    type: 'enum',
    enum: NotificationChannel,
    enumName: 'notification_channel',
  })
  channel: NotificationChannel;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  nextAttemptAt: Date;

  /** The last failure, without the address or any secret. */
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  sentAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  failedAt: Date | null;
}
