import { HandoverState } from '@cqss/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  UpdateDateColumn,
} from 'typeorm';
import { CompanyOwned } from '../../common/company-owned.entity';
import { Guard } from '../guards/guard.entity';
import { Post } from '../posts/post.entity';
import { Shift } from '../shifts/shift.entity';
import { User } from '../users/user.entity';
import '../../common/enums.graphql';

@ObjectType('HandoverItem', { description: 'An item handed over at the post, and how many' })
export class HandoverItemType {
  @Field()
  name: string;

  @Field(() => Int)
  quantity: number;
}

@ObjectType('ItemDiscrepancy', {
  description: 'An item the incoming guard counted differently from what was handed over',
})
export class ItemDiscrepancyType {
  @Field()
  name: string;

  @Field(() => Int)
  expected: number;

  @Field(() => Int)
  found: number;

  @Field(() => String, { nullable: true })
  note: string | null;
}

/**
 * One page of the handover book (交接班记录): the outgoing guard's record, the incoming guard's
 * inspection and signature, the duty supervisor's approval while an incident is open.
 */
@ObjectType({ simpleResolvers: true })
@Entity('handover')
@Index('idx_handover_company_created', ['companyId', 'createdAt', 'id'])
@Index('idx_handover_company_state', ['companyId', 'state'])
// One open handover a post, one handover an outgoing shift.
@Index('uq_handover_open_post', ['postId'], { unique: true, where: `state <> 'RELEASED'` })
@Index('uq_handover_outgoing_shift', ['outgoingShiftId'], { unique: true })
@Index('idx_handover_incoming_guard', ['incomingGuardId'])
// A guard's screen finds the handovers of their shifts either way (bench:city: 446 ms seq scan at 500,000).
@Index('idx_handover_incoming_shift', ['incomingShiftId'])
@Index('idx_handover_outgoing_guard', ['outgoingGuardId'])
// The outgoing guard leaves only after the successor's signature, in the database too.
@Check('ck_handover_released_after_signature', `released_at IS NULL OR signed_at IS NOT NULL`)
@Check(
  'ck_handover_state_stamps',
  `(state NOT IN ('SIGNED', 'RELEASED') OR signed_at IS NOT NULL) AND (state <> 'RELEASED' OR released_at IS NOT NULL)`,
)
export class Handover extends CompanyOwned {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  postId: string;

  @ManyToOne(() => Post, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_handover_post' })
  post?: Post;

  @Field(() => HandoverState)
  @Column({ type: 'enum', enum: HandoverState, enumName: 'handover_state' })
  state: HandoverState;

  /** Optimistic concurrency: each step names the version it saw; the loser of a race gets CONFLICT. */
  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  outgoingGuardId: string;

  @ManyToOne(() => Guard, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'outgoing_guard_id', foreignKeyConstraintName: 'fk_handover_outgoing_guard' })
  outgoingGuard?: Guard;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  outgoingShiftId: string;

  @ManyToOne(() => Shift, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'outgoing_shift_id', foreignKeyConstraintName: 'fk_handover_outgoing_shift' })
  outgoingShift?: Shift;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  incomingGuardId: string;

  @ManyToOne(() => Guard, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'incoming_guard_id', foreignKeyConstraintName: 'fk_handover_incoming_guard' })
  incomingGuard?: Guard;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  incomingShiftId: string | null;

  @ManyToOne(() => Shift, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'incoming_shift_id', foreignKeyConstraintName: 'fk_handover_incoming_shift' })
  incomingShift?: Shift;

  // The outgoing guard's record.
  @Field({ description: 'Post status as the outgoing guard leaves it' })
  @Column({ type: 'text' })
  postStatus: string;

  @Field(() => String, { nullable: true, description: 'Problems still open at the post' })
  @Column({ type: 'text', nullable: true })
  openProblems: string | null;

  @Field(() => [HandoverItemType])
  @Column({ type: 'jsonb', default: () => `'[]'` })
  items: HandoverItemType[];

  @Field({ description: 'An incident is still being handled: the supervisor must approve' })
  @Column({ default: false })
  incidentOpen: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  incidentNote: string | null;

  // The incoming guard's inspection.
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  findings: string | null;

  @Field(() => [ItemDiscrepancyType])
  @Column({ type: 'jsonb', default: () => `'[]'` })
  discrepancies: ItemDiscrepancyType[];

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  inspectedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  approvalRequestedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  approvedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'approved_by_user_id', foreignKeyConstraintName: 'fk_handover_approved_by' })
  approvedBy?: User;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  approvalNote: string | null;

  /** The supervisor's last return, and why: the guards put it right and ask again. */
  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  returnedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  returnedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'returned_by_user_id', foreignKeyConstraintName: 'fk_handover_returned_by' })
  returnedBy?: User;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  returnReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  signedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  releasedAt: Date | null;

  @Field({ description: 'When the outgoing guard drafted the record' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
