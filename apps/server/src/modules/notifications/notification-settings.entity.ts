import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Company } from '../companies/company.entity';

/**
 * Where a company's notifications go. The webhook addresses (their key is the credential), the
 * DingTalk signing secret and the SMTP password are secrets: never returned whole to a client
 * (NotificationSettings shows them masked) and never logged.
 */
@Entity('notification_settings')
export class NotificationSettingsRow {
  static readonly tenancy = { company: 'companyId' } as const;

  @PrimaryColumn({ type: 'uuid' })
  companyId: string;

  @OneToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_notification_settings_company' })
  company?: Company;

  @Column({ type: 'varchar', length: 10, default: 'zh-CN' })
  language: 'zh-CN' | 'en';

  @Column({ type: 'text', nullable: true })
  wecomWebhookUrl: string | null;

  @Column({ type: 'text', nullable: true })
  dingtalkWebhookUrl: string | null;

  @Column({ type: 'text', nullable: true })
  dingtalkSecret: string | null;

  @Column({ type: 'text', nullable: true })
  smtpHost: string | null;

  @Column({ type: 'int', default: 465 })
  smtpPort: number;

  /** Implicit TLS (465); false means STARTTLS when the server offers it (587, 25). */
  @Column({ default: true })
  smtpSecure: boolean;

  @Column({ type: 'text', nullable: true })
  smtpUser: string | null;

  @Column({ type: 'text', nullable: true })
  smtpPassword: string | null;

  @Column({ type: 'text', nullable: true })
  mailFrom: string | null;

  @Column({ type: 'text', array: true, default: '{}' })
  mailTo: string[];

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;
}
