import { InquiryState } from '@cqss/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CompanyOwned } from '../../common/company-owned.entity';
import { Guard } from '../guards/guard.entity';
import { Post } from '../posts/post.entity';
import { Shift } from '../shifts/shift.entity';
import { User } from '../users/user.entity';
import '../../common/enums.graphql';

/** A customer's question at a post, the guard's answer, or the supervisor's reply to an escalation. */
@ObjectType({ simpleResolvers: true })
@Entity('inquiry')
@Index('idx_inquiry_company_created', ['companyId', 'createdAt', 'id'])
@Index('idx_inquiry_guard_created', ['guardId', 'createdAt', 'id'])
@Index('idx_inquiry_open_escalations', ['companyId', 'escalatedAt'], {
  where: `state = 'ESCALATED'`,
})
export class Inquiry extends CompanyOwned {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  postId: string;

  @ManyToOne(() => Post, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_inquiry_post' })
  post?: Post;

  /** The guard who took the question. */
  @Field(() => ID)
  @Column({ type: 'uuid' })
  guardId: string;

  @ManyToOne(() => Guard, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'guard_id', foreignKeyConstraintName: 'fk_inquiry_guard' })
  guard?: Guard;

  @Column({ type: 'uuid', nullable: true })
  shiftId: string | null;

  @ManyToOne(() => Shift, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'shift_id', foreignKeyConstraintName: 'fk_inquiry_shift' })
  shift?: Shift;

  @Field(() => InquiryState)
  @Column({ type: 'enum', enum: InquiryState, enumName: 'inquiry_state' })
  state: InquiryState;

  @Field()
  @Column({ type: 'text' })
  question: string;

  @Field(() => String, { nullable: true, description: "The guard's answer" })
  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  answeredAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  escalatedAt: Date | null;

  /** The post's supervisor when it was escalated; null when the post had none (any supervisor may reply). */
  @Column({ type: 'uuid', nullable: true })
  escalatedToUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'escalated_to_user_id', foreignKeyConstraintName: 'fk_inquiry_escalated_to' })
  escalatedTo?: User;

  @Field(() => String, { nullable: true, description: "The supervisor's reply to an escalation" })
  @Column({ type: 'text', nullable: true })
  reply: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  repliedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  repliedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'replied_by_user_id', foreignKeyConstraintName: 'fk_inquiry_replied_by' })
  repliedBy?: User;

  @Field({ description: 'When the guard logged it' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
