import { LegalityResult, ServiceKind, type ScreenMatch as DomainScreenMatch } from '@cqss/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import '../../common/enums.graphql';
import { CompanyOwned } from '../../common/company-owned.entity';
import { PoliceOrgan } from '../police-organs/police-organ.entity';
import { ServiceRequest } from '../service-requests/service-request.entity';
import { User } from '../users/user.entity';

/**
 * A report of an illegal request (违法请求报告) to the police organ of the service location,
 * made when a request is refused as illegal. It carries a copy of what the customer asked,
 * so the organ reads it without access to the company's records. No organ when the platform
 * knows none for the location.
 */
@ObjectType({ simpleResolvers: true })
@Entity('illegal_request_report')
@Index('idx_illegal_request_report_company_created', ['companyId', 'createdAt', 'id'])
@Index('idx_illegal_request_report_organ_created', ['policeOrganId', 'createdAt', 'id'])
@Index('uq_illegal_request_report_request', ['serviceRequestId'], { unique: true })
@Check(
  'ck_illegal_request_report_acknowledged',
  `(acknowledged_at IS NULL) = (acknowledged_by_id IS NULL)`,
)
export class IllegalRequestReport extends CompanyOwned {
  static override readonly tenancy = { company: 'companyId', organ: 'policeOrganId' } as const;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  serviceRequestId: string;

  @ManyToOne(() => ServiceRequest, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'service_request_id',
    foreignKeyConstraintName: 'fk_illegal_request_report_service_request',
  })
  serviceRequest?: ServiceRequest;

  @Column({ type: 'uuid', nullable: true })
  policeOrganId: string | null;

  @ManyToOne(() => PoliceOrgan, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'police_organ_id',
    foreignKeyConstraintName: 'fk_illegal_request_report_police_organ',
  })
  policeOrgan?: PoliceOrgan;

  @Field({ description: 'GB/T 2260 code of the service location' })
  @Column({ type: 'char', length: 6 })
  serviceDivisionCode: string;

  @Field()
  @Column()
  serviceAddress: string;

  @Field()
  @Column()
  customerUnitName: string;

  @Field()
  @Column({ type: 'char', length: 18 })
  customerUnitCreditCode: string;

  @Field(() => [ServiceKind])
  @Column({ type: 'enum', enum: ServiceKind, enumName: 'service_kind', array: true })
  services: ServiceKind[];

  @Field({ description: "The customer's own words, as submitted" })
  @Column({ type: 'text' })
  description: string;

  @Field(() => LegalityResult)
  @Column({ type: 'enum', enum: LegalityResult, enumName: 'legality_result' })
  screenResult: LegalityResult;

  @Column({ type: 'jsonb', default: [] })
  screenMatches: DomainScreenMatch[];

  @Field({ description: "The reviewer's reason for refusing the request as illegal" })
  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'uuid' })
  reportedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'reported_by_id',
    foreignKeyConstraintName: 'fk_illegal_request_report_reported_by',
  })
  reportedBy?: User;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When an officer of the addressed organ acknowledged receipt',
  })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  acknowledgedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'acknowledged_by_id',
    foreignKeyConstraintName: 'fk_illegal_request_report_acknowledged_by',
  })
  acknowledgedBy?: User;

  @Field(() => String, { nullable: true, description: "The officer's note on receipt" })
  @Column({ type: 'text', nullable: true })
  acknowledgementNote: string | null;
}
