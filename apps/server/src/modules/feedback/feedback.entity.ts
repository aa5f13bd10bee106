import { FeedbackTag } from '@cqss/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  Unique,
} from 'typeorm';
import './feedback.enums';
import { CompanyOwned } from '../../common/company-owned.entity';
import { CustomerUnit } from '../customer-units/customer-unit.entity';
import { KioskDevice } from '../kiosks/kiosk-device.entity';
import { Post } from '../posts/post.entity';

/**
 * One rating from a lobby kiosk. The unit and post are the device's, never the caller's
 * choice; the comment is plain text (clients show it as text, never as markup).
 */
@ObjectType({ simpleResolvers: true })
@Entity('feedback')
// A retry of the same rating finds the first row; the constraint is the last line of defence.
@Unique('uq_feedback_device_key', ['deviceId', 'idempotencyKey'])
// Dashboard aggregation (company and period, optionally unit or post), the alert window at a
// unit, the device rate limit, and the latest comments.
@Index('idx_feedback_company_recorded', ['companyId', 'recordedAt'])
@Index('idx_feedback_unit_recorded', ['customerUnitId', 'recordedAt'])
@Index('idx_feedback_post_recorded', ['postId', 'recordedAt'])
@Index('idx_feedback_device_recorded', ['deviceId', 'recordedAt'])
// A key another kiosk used is refused (FEEDBACK_OTHER_DEVICE): found without a scan.
@Index('idx_feedback_key', ['idempotencyKey'])
@Index('idx_feedback_company_comments', ['companyId', 'recordedAt', 'id'], {
  where: 'comment IS NOT NULL',
})
@Check('ck_feedback_rating', 'rating BETWEEN 1 AND 5')
@Check('ck_feedback_comment_length', 'char_length(comment) BETWEEN 1 AND 200')
export class Feedback extends CompanyOwned {
  @Column({ type: 'uuid' })
  customerUnitId: string;

  @ManyToOne(() => CustomerUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_unit_id', foreignKeyConstraintName: 'fk_feedback_customer_unit' })
  customerUnit?: CustomerUnit;

  @Column({ type: 'uuid', nullable: true })
  postId: string | null;

  @ManyToOne(() => Post, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_feedback_post' })
  post?: Post;

  @Column({ type: 'uuid' })
  deviceId: string;

  @ManyToOne(() => KioskDevice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'device_id', foreignKeyConstraintName: 'fk_feedback_device' })
  device?: KioskDevice;

  /** Made by the kiosk when the rating is tapped, before it is first sent. */
  @Column({ type: 'uuid' })
  idempotencyKey: string;

  @Field(() => Int, { description: '1 (very dissatisfied) to 5 (very satisfied)' })
  @Column({ type: 'smallint' })
  rating: number;

  @Field(() => [FeedbackTag])
  @Column({ type: 'enum', enum: FeedbackTag, enumName: 'feedback_tag', array: true, default: '{}' })
  tags: FeedbackTag[];

  @Field(() => String, { nullable: true, description: 'Plain text, at most 200 characters' })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Field({ description: "When the rating was tapped (the device's clock, kept within bounds)" })
  @Column({ type: 'timestamptz', precision: 3 })
  recordedAt: Date;

  @Field({ description: 'When the server stored it' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  receivedAt: Date;
}
