import { CertificateStatus, EmploymentStatus } from '@cqss/domain';
import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, Unique, UpdateDateColumn } from 'typeorm';
import { CompanyOwned } from '../../common/company-owned.entity';
import '../../common/enums.graphql';

/** A security guard (保安员) employed by a company. */
@ObjectType({ simpleResolvers: true })
@Entity('guard')
@Unique('uq_guard_id_number', ['companyId', 'idNumber'])
@Index('idx_guard_company_created', ['companyId', 'createdAt', 'id'])
export class Guard extends CompanyOwned {
  @Field()
  @Column()
  name: string;

  /** Resident identity card number; the `idNumber` field shows it in full only to company admins. */
  @Column({ type: 'char', length: 18 })
  idNumber: string;

  @Field(() => String, { nullable: true, description: '保安员证 number; none before it is issued' })
  @Column({ type: 'varchar', nullable: true })
  certificateNo: string | null;

  @Field(() => CertificateStatus)
  @Column({
    type: 'enum',
    enum: CertificateStatus,
    enumName: 'certificate_status',
    default: CertificateStatus.VALID,
  })
  certificateStatus: CertificateStatus;

  @Field()
  @Column()
  phone: string;

  @Field({ description: 'Hire date, YYYY-MM-DD' })
  @Column({ type: 'date' })
  hiredOn: string;

  @Field(() => EmploymentStatus)
  @Column({
    type: 'enum',
    enum: EmploymentStatus,
    enumName: 'employment_status',
    default: EmploymentStatus.ACTIVE,
  })
  employmentStatus: EmploymentStatus;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
