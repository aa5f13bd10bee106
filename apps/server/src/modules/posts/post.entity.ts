import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  UpdateDateColumn,
} from 'typeorm';
import { CompanyOwned } from '../../common/company-owned.entity';
import { Contract } from '../contracts/contract.entity';
import { CustomerUnit } from '../customer-units/customer-unit.entity';
import { User } from '../users/user.entity';

/** A post (岗位) at a customer unit, with its supervisor, the guards' direct leader. */
@ObjectType({ simpleResolvers: true })
@Entity('post')
@Index('idx_post_company_created', ['companyId', 'createdAt', 'id'])
export class Post extends CompanyOwned {
  @Column({ type: 'uuid' })
  customerUnitId: string;

  @ManyToOne(() => CustomerUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_unit_id', foreignKeyConstraintName: 'fk_post_customer_unit' })
  customerUnit?: CustomerUnit;

  /** The service contract the post is worked under: planned while a draft, worked once active. */
  @Field(() => ID)
  @Index('idx_post_contract')
  @Column({ type: 'uuid' })
  contractId: string;

  @ManyToOne(() => Contract, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contract_id', foreignKeyConstraintName: 'fk_post_contract' })
  contract?: Contract;

  @Field()
  @Column()
  name: string;

  /** The duty supervisor (值班主管) who leads the post's guards and answers their escalations. */
  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  supervisorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'supervisor_id', foreignKeyConstraintName: 'fk_post_supervisor' })
  supervisor?: User;

  @Field({ description: 'Post orders (岗位守则): duties and service standards' })
  @Column({ type: 'text' })
  postOrders: string;

  @Field(() => Int, { description: 'Goes up with every edit of the post orders' })
  @Column({ type: 'int', default: 1 })
  postOrdersRevision: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
