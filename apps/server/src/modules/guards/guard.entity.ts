import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Company } from '../companies/company.entity';

/** A security guard (保安员) employed by a company. */
@ObjectType({ simpleResolvers: true })
@Entity('guard')
@Unique('uq_guard_id_number', ['companyId', 'idNumber'])
@Index('idx_guard_company_created', ['companyId', 'createdAt', 'id'])
export class Guard {
  static readonly tenancy = { company: 'companyId' } as const;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_guard_company' })
  company?: Company;

  @Field()
  @Column()
  name: string;

  /** Resident identity card number; shown in full only to company admins. */
  @Column({ type: 'char', length: 18 })
  idNumber: string;

  @Field({ description: '保安员证 number' })
  @Column()
  certificateNo: string;

  @Field()
  @Column({ default: 'VALID' })
  certificateStatus: string;

  @Field()
  @Column()
  phone: string;

  @Field()
  @Column({ type: 'date' })
  hiredOn: string;

  @Field()
  @Column({ default: 'ACTIVE' })
  employmentStatus: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
