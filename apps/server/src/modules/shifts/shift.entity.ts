import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import { CompanyOwned } from '../../common/company-owned.entity';
import { Guard } from '../guards/guard.entity';
import { Post } from '../posts/post.entity';
import { User } from '../users/user.entity';

/** A guard on a post for a time range [startsAt, endsAt). */
@ObjectType({ simpleResolvers: true })
@Entity('shift')
@Check('ck_shift_range', `ends_at > starts_at`)
// The database refuses overlapping shifts of one guard, whatever writes them (btree_gist).
@Exclusion(
  'ex_shift_guard_overlap',
  `USING gist ("guard_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)`,
)
@Index('idx_shift_company_created', ['companyId', 'createdAt', 'id'])
@Index('idx_shift_post_starts', ['postId', 'startsAt'])
@Index('idx_shift_guard_starts', ['guardId', 'startsAt'])
export class Shift extends CompanyOwned {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  postId: string;

  @ManyToOne(() => Post, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_shift_post' })
  post?: Post;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  guardId: string;

  @ManyToOne(() => Guard, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'guard_id', foreignKeyConstraintName: 'fk_shift_guard' })
  guard?: Guard;

  @Field()
  @Column({ type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Field()
  @Column({ type: 'timestamptz', precision: 3 })
  endsAt: Date;

  /** When the guard acknowledged the post orders at the start of this shift. */
  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  ordersAcknowledgedAt: Date | null;

  /** Which revision of the post orders the guard acknowledged. */
  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  ordersAcknowledgedRevision: number | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'fk_shift_created_by' })
  createdBy?: User;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
