import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Company } from '../companies/company.entity';
import { CustomerUnit } from '../customer-units/customer-unit.entity';
import { User } from '../users/user.entity';

/** A post (岗位) at a customer unit, with its supervisor, the guards' direct leader. */
@ObjectType({ simpleResolvers: true })
@Entity('post')
export class Post {
  static readonly tenancy = { company: 'companyId' } as const;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_post_company' })
  company?: Company;

  @Column({ type: 'uuid' })
  customerUnitId: string;

  @ManyToOne(() => CustomerUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_unit_id', foreignKeyConstraintName: 'fk_post_customer_unit' })
  customerUnit?: CustomerUnit;

  @Field()
  @Column()
  name: string;

  @Column({ type: 'uuid', nullable: true })
  supervisorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'supervisor_id', foreignKeyConstraintName: 'fk_post_supervisor' })
  supervisor?: User;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
