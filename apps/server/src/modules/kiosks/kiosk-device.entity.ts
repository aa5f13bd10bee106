import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CompanyOwned } from '../../common/company-owned.entity';
import { CustomerUnit } from '../customer-units/customer-unit.entity';
import { Post } from '../posts/post.entity';

/** A lobby tablet that may only submit feedback for its customer unit (and post). */
@ObjectType({ simpleResolvers: true })
@Entity('kiosk_device')
export class KioskDevice extends CompanyOwned {
  @Column({ type: 'uuid' })
  customerUnitId: string;

  @ManyToOne(() => CustomerUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'customer_unit_id',
    foreignKeyConstraintName: 'fk_kiosk_device_customer_unit',
  })
  customerUnit?: CustomerUnit;

  @Column({ type: 'uuid', nullable: true })
  postId: string | null;

  @ManyToOne(() => Post, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_kiosk_device_post' })
  post?: Post;

  @Field()
  @Column()
  name: string;

  /** SHA-256 of the one-time pairing code; cleared once the kiosk has paired. */
  @Index('uq_kiosk_device_pairing_code', { unique: true, where: 'pairing_code_hash IS NOT NULL' })
  @Column({ type: 'varchar', nullable: true })
  pairingCodeHash: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  pairingExpiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  pairedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
