import { Field, Float, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Company } from '../companies/company.entity';

/** A company's low-rating alert thresholds (the domain's defaults until an admin changes them). */
@ObjectType('FeedbackSettings', { simpleResolvers: true })
@Entity('feedback_settings')
@Check('ck_feedback_settings_window', 'window_minutes BETWEEN 1 AND 1440')
@Check('ck_feedback_settings_min_ratings', 'min_ratings BETWEEN 1 AND 1000')
@Check('ck_feedback_settings_low_share', 'low_share > 0 AND low_share <= 1')
export class FeedbackSettingsRow {
  static readonly tenancy = { company: 'companyId' } as const;

  @PrimaryColumn({ type: 'uuid' })
  companyId: string;

  @OneToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_feedback_settings_company' })
  company?: Company;

  @Field({ description: 'Alert on every 1-star rating' })
  @Column()
  oneStarAlert: boolean;

  @Field(() => Int, { description: "Minutes of a unit's ratings looked at together" })
  @Column({ type: 'int' })
  windowMinutes: number;

  @Field(() => Int, { description: 'Fewest ratings in the window for the share to count' })
  @Column({ type: 'int' })
  minRatings: number;

  @Field(() => Float, { description: 'Alert when at least this share (0–1] of the window is 1–2' })
  @Column({ type: 'double precision' })
  lowShare: number;

  @Field(() => Date, { nullable: true, description: 'Null while the defaults apply' })
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;
}
