import {
  LegalityResult,
  ServiceKind,
  ServiceRequestStatus,
  type ReviewAnswer as DomainReviewAnswer,
  type ScreenMatch as DomainScreenMatch,
} from '@cqss/domain';
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
import '../../common/enums.graphql';
import { CompanyOwned } from '../../common/company-owned.entity';
import { CustomerUnit } from '../customer-units/customer-unit.entity';
import { User } from '../users/user.entity';

/**
 * A customer's request (委托请求): what they ask for, screened for legality when it is
 * submitted (the screen is stored with it), then reviewed once and accepted or refused.
 */
@ObjectType({ simpleResolvers: true })
@Entity('service_request')
@Index('idx_service_request_company_created', ['companyId', 'createdAt', 'id'])
@Check('ck_service_request_period', `ends_on >= starts_on`)
@Check('ck_service_request_headcount', `headcount > 0`)
@Check(
  'ck_service_request_decided',
  `(status = 'PENDING_REVIEW') = (reviewed_at IS NULL) AND (NOT refused_as_illegal OR status = 'REFUSED')`,
)
export class ServiceRequest extends CompanyOwned {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  customerUnitId: string;

  @ManyToOne(() => CustomerUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'customer_unit_id',
    foreignKeyConstraintName: 'fk_service_request_customer_unit',
  })
  customerUnit?: CustomerUnit;

  @Field(() => [ServiceKind], { description: 'The services asked for (the checklist)' })
  @Column({ type: 'enum', enum: ServiceKind, enumName: 'service_kind', array: true })
  services: ServiceKind[];

  @Field({ description: 'Where the service would be provided' })
  @Column()
  serviceAddress: string;

  @Field({ description: 'GB/T 2260 code of the service location' })
  @Column({ type: 'char', length: 6 })
  serviceDivisionCode: string;

  @Field()
  @Column({ type: 'date' })
  startsOn: string;

  @Field()
  @Column({ type: 'date' })
  endsOn: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  headcount: number;

  @Field({ description: "The customer's own words" })
  @Column({ type: 'text' })
  description: string;

  @Field(() => LegalityResult)
  @Column({ type: 'enum', enum: LegalityResult, enumName: 'legality_result' })
  screenResult: LegalityResult;

  /** The screen's matches as computed at submission (`screenRequest`). */
  @Column({ type: 'jsonb', default: [] })
  screenMatches: DomainScreenMatch[];

  @Field(() => ServiceRequestStatus)
  @Column({
    type: 'enum',
    enum: ServiceRequestStatus,
    enumName: 'service_request_status',
    default: ServiceRequestStatus.PENDING_REVIEW,
  })
  status: ServiceRequestStatus;

  @Column({ type: 'uuid' })
  submittedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'submitted_by_id',
    foreignKeyConstraintName: 'fk_service_request_submitted_by',
  })
  submittedBy?: User;

  /** The reviewer's answers to the Art. 25 checks. */
  @Column({ type: 'jsonb', default: [] })
  reviewAnswers: DomainReviewAnswer[];

  @Field(() => String, {
    nullable: true,
    description: "The reviewer's note: why it was refused, or why a flagged request was accepted",
  })
  @Column({ type: 'text', nullable: true })
  reviewNote: string | null;

  @Field({ description: 'Refused as illegal, which sends a report to the police' })
  @Column({ default: false })
  refusedAsIllegal: boolean;

  @Column({ type: 'uuid', nullable: true })
  reviewedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'reviewed_by_id',
    foreignKeyConstraintName: 'fk_service_request_reviewed_by',
  })
  reviewedBy?: User;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  reviewedAt: Date | null;

  @Field({ description: 'When it was submitted and screened' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
