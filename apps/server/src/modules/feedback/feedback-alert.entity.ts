import { FeedbackAlertKind } from '@cqss/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import './feedback.enums';
import { CompanyOwned } from '../../common/company-owned.entity';
import { CustomerUnit } from '../customer-units/customer-unit.entity';
import { Post } from '../posts/post.entity';
import { User } from '../users/user.entity';
import { Feedback } from './feedback.entity';

/** A low-rating alert for the post's supervisor (or, without one, the company's duty supervisors). */
@ObjectType({ simpleResolvers: true })
@Entity('feedback_alert')
@Unique('uq_feedback_alert_feedback_kind', ['feedbackId', 'kind'])
@Index('idx_feedback_alert_company_created', ['companyId', 'createdAt', 'id'])
export class FeedbackAlert extends CompanyOwned {
  /** The rating that raised it. */
  @Column({ type: 'uuid' })
  feedbackId: string;

  @ManyToOne(() => Feedback, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'feedback_id', foreignKeyConstraintName: 'fk_feedback_alert_feedback' })
  feedback?: Feedback;

  @Column({ type: 'uuid' })
  customerUnitId: string;

  @ManyToOne(() => CustomerUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'customer_unit_id',
    foreignKeyConstraintName: 'fk_feedback_alert_customer_unit',
  })
  customerUnit?: CustomerUnit;

  @Column({ type: 'uuid', nullable: true })
  postId: string | null;

  @ManyToOne(() => Post, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_feedback_alert_post' })
  post?: Post;

  /** Who it is raised to: the post's supervisor; null means every duty supervisor of the company. */
  @Column({ type: 'uuid', nullable: true })
  supervisorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'supervisor_id', foreignKeyConstraintName: 'fk_feedback_alert_supervisor' })
  supervisor?: User;

  @Field(() => FeedbackAlertKind)
  @Column({ type: 'enum', enum: FeedbackAlertKind, enumName: 'feedback_alert_kind' })
  kind: FeedbackAlertKind;

  @Field(() => Int, { description: 'The rating that raised it' })
  @Column({ type: 'smallint' })
  rating: number;

  @Field(() => Int, { nullable: true, description: 'LOW_SHARE: ratings in the window' })
  @Column({ type: 'int', nullable: true })
  count: number | null;

  @Field(() => Int, { nullable: true, description: 'LOW_SHARE: ratings of 1–2 in the window' })
  @Column({ type: 'int', nullable: true })
  lowCount: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  windowStart: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  windowEnd: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  acknowledgedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'acknowledged_by_id',
    foreignKeyConstraintName: 'fk_feedback_alert_acknowledged_by',
  })
  acknowledgedBy?: User;

  @Field(() => String, { nullable: true, description: 'What the supervisor did about it' })
  @Column({ type: 'text', nullable: true })
  acknowledgeComment: string | null;
}
