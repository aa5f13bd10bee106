import { FilingItemStatus, FilingStatus, type DossierItem } from '@cqss/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import '../../common/enums.graphql';
import { CompanyOwned } from '../../common/company-owned.entity';
import { PoliceOrgan } from '../police-organs/police-organ.entity';
import { User } from '../users/user.entity';
import { Filing } from './filing.entity';

/** An officer's verdict on one item of a submission, as stored beside the frozen items. */
export interface ItemReview {
  key: string;
  status: FilingItemStatus;
  reason: string | null;
  reviewedAt: string;
  reviewedById: string;
}

/**
 * One submission of a filing: the dossier as it was at that moment (items frozen — a database
 * trigger refuses any change to them), and the officer's review of it. Every submission is kept.
 */
@ObjectType({ simpleResolvers: true })
@Entity('filing_submission')
@Index('uq_filing_submission_number', ['filingId', 'number'], { unique: true })
@Check('ck_filing_submission_decision', `decision IS NULL OR decision IN ('ACCEPTED', 'RETURNED')`)
@Check(
  'ck_filing_submission_decided',
  `(decision IS NULL) = (decided_at IS NULL) AND (decision IS NULL) = (decided_by_id IS NULL)`,
)
export class FilingSubmission extends CompanyOwned {
  static override readonly tenancy = { company: 'companyId', organ: 'policeOrganId' } as const;

  @Column({ type: 'uuid' })
  filingId: string;

  @ManyToOne(() => Filing, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'filing_id', foreignKeyConstraintName: 'fk_filing_submission_filing' })
  filing?: Filing;

  @Column({ type: 'uuid' })
  policeOrganId: string;

  @ManyToOne(() => PoliceOrgan, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'police_organ_id',
    foreignKeyConstraintName: 'fk_filing_submission_police_organ',
  })
  policeOrgan?: PoliceOrgan;

  @Field(() => Int, { description: '1 for the first submission, 2 for the first resubmission…' })
  @Column({ type: 'int' })
  number: number;

  @Field({ description: 'The customer unit, as named at submission' })
  @Column()
  customerUnitName: string;

  @Field({ description: 'The service address, as it was at submission' })
  @Column()
  serviceAddress: string;

  @Field()
  @Column({ type: 'char', length: 6 })
  serviceDivisionCode: string;

  /** The frozen dossier: licences, contract, leader, one item per guard (ID numbers masked). */
  @Column({ type: 'jsonb' })
  items: DossierItem[];

  /** The officer's verdicts on the items, by key; absent means PENDING. */
  @Column({ type: 'jsonb', default: [] })
  reviews: ItemReview[];

  @Field()
  @Column({ type: 'timestamptz', precision: 3 })
  submittedAt: Date;

  @Column({ type: 'uuid' })
  submittedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'submitted_by_id',
    foreignKeyConstraintName: 'fk_filing_submission_submitted_by',
  })
  submittedBy?: User;

  @Field(() => Date, { nullable: true, description: 'When an officer took it up for review' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  claimedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  claimedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'claimed_by_id',
    foreignKeyConstraintName: 'fk_filing_submission_claimed_by',
  })
  claimedBy?: User;

  @Field(() => FilingStatus, { nullable: true, description: 'ACCEPTED or RETURNED, once decided' })
  @Column({ type: 'enum', enum: FilingStatus, enumName: 'filing_status', nullable: true })
  decision: FilingStatus | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'decided_by_id',
    foreignKeyConstraintName: 'fk_filing_submission_decided_by',
  })
  decidedBy?: User;
}
