import { ContractStatus } from '@cqss/domain';
import { Field, ID, ObjectType } from 'type-graphql';
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
import '../../common/enums.graphql';
import { CompanyOwned } from '../../common/company-owned.entity';
import { CustomerUnit } from '../customer-units/customer-unit.entity';
import { ServiceRequest } from '../service-requests/service-request.entity';
import { User } from '../users/user.entity';

/**
 * A security service contract (保安服务合同), made from one accepted request:
 * DRAFT → ACTIVE → TERMINATED, then kept at least two years (the database refuses an earlier DELETE).
 */
@ObjectType({ simpleResolvers: true })
@Entity('contract')
@Index('idx_contract_company_created', ['companyId', 'createdAt', 'id'])
@Index('uq_contract_service_request', ['serviceRequestId'], { unique: true })
@Index('idx_contract_customer_unit', ['customerUnitId'])
@Check('ck_contract_term', `ends_on >= starts_on`)
@Check('ck_contract_fee', `fee >= 0`)
@Check('ck_contract_activated', `status = 'DRAFT' OR activated_at IS NOT NULL`)
@Check(
  'ck_contract_terminated',
  `(status = 'TERMINATED') = (terminated_on IS NOT NULL AND termination_reason IS NOT NULL AND retain_until IS NOT NULL)`,
)
@Check(
  'ck_contract_retention',
  `retain_until IS NULL OR retain_until >= (terminated_on + interval '2 years')::date`,
)
export class Contract extends CompanyOwned {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  serviceRequestId: string;

  @ManyToOne(() => ServiceRequest, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'service_request_id',
    foreignKeyConstraintName: 'fk_contract_service_request',
  })
  serviceRequest?: ServiceRequest;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  customerUnitId: string;

  @ManyToOne(() => CustomerUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_unit_id', foreignKeyConstraintName: 'fk_contract_customer_unit' })
  customerUnit?: CustomerUnit;

  @Field({ description: 'The project (项目)' })
  @Column()
  project: string;

  @Field({ description: 'What the service consists of (服务内容)' })
  @Column({ type: 'text' })
  content: string;

  @Field({ description: "The customer unit's rights and obligations" })
  @Column({ type: 'text' })
  customerRightsObligations: string;

  @Field({ description: "The security company's rights and obligations" })
  @Column({ type: 'text' })
  companyRightsObligations: string;

  @Field({ description: 'Fee in yuan, a decimal with at most two places' })
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  fee: string;

  @Field()
  @Column({ type: 'date' })
  startsOn: string;

  @Field()
  @Column({ type: 'date' })
  endsOn: string;

  @Field({ description: 'The service project leader (服务项目负责人)' })
  @Column()
  projectLeaderName: string;

  @Field()
  @Column()
  projectLeaderPhone: string;

  @Field({ description: 'Where the service is provided' })
  @Column()
  serviceAddress: string;

  @Field({ description: 'GB/T 2260 code of the service location' })
  @Column({ type: 'char', length: 6 })
  serviceDivisionCode: string;

  @Field({
    description:
      "The service location lies outside the company's home province-level region: the contract needs a filing (Regulation Art. 23)",
  })
  @Column()
  crossRegion: boolean;

  @Field(() => ContractStatus)
  @Column({
    type: 'enum',
    enum: ContractStatus,
    enumName: 'contract_status',
    default: ContractStatus.DRAFT,
  })
  status: ContractStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  activatedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  terminatedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  terminationReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When the termination was recorded' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  terminatedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The last day a terminated contract must still be kept (terminatedOn + 2 years)',
  })
  @Column({ type: 'date', nullable: true })
  retainUntil: string | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_contract_created_by' })
  createdBy?: User;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
