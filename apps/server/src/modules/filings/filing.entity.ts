import { FilingStatus } from '@cqss/domain';
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
import { Contract } from '../contracts/contract.entity';
import { PoliceOrgan } from '../police-organs/police-organ.entity';
import { User } from '../users/user.entity';

/**
 * The cross-region filing (跨区域备案) of one contract with the public security organ of the
 * city of its service location (Regulation Art. 23): DRAFT → SUBMITTED → UNDER_REVIEW →
 * ACCEPTED | RETURNED, RETURNED → SUBMITTED. Each submission freezes its dossier in a
 * FilingSubmission; officers see a filing only once it has been submitted to their organ.
 */
@ObjectType({ simpleResolvers: true })
@Entity('filing')
@Index('uq_filing_contract', ['contractId'], { unique: true })
@Index('idx_filing_organ_submitted', ['policeOrganId', 'submittedAt', 'id'])
@Index('idx_filing_company_submitted', ['companyId', 'submittedAt', 'id'])
@Check(
  'ck_filing_sent',
  `status = 'DRAFT' OR (submitted_at IS NOT NULL AND police_organ_id IS NOT NULL AND revision > 0)`,
)
export class Filing extends CompanyOwned {
  static override readonly tenancy = { company: 'companyId', organ: 'policeOrganId' } as const;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  contractId: string;

  // Kept as long as the contract is (two years after termination); purged with it.
  @ManyToOne(() => Contract, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contract_id', foreignKeyConstraintName: 'fk_filing_contract' })
  contract?: Contract;

  @Field({ description: 'GB/T 2260 code of the service location' })
  @Column({ type: 'char', length: 6 })
  serviceDivisionCode: string;

  @Field({
    description:
      'The city (设区的市, or the municipality) whose public security organ receives the filing',
  })
  @Column({ type: 'char', length: 6 })
  addresseeDivisionCode: string;

  /** The addressed organ; null while the platform knows none for the city (it cannot be sent). */
  @Column({ type: 'uuid', nullable: true })
  policeOrganId: string | null;

  @ManyToOne(() => PoliceOrgan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'police_organ_id', foreignKeyConstraintName: 'fk_filing_police_organ' })
  policeOrgan?: PoliceOrgan;

  @Field(() => FilingStatus)
  @Column({
    type: 'enum',
    enum: FilingStatus,
    enumName: 'filing_status',
    default: FilingStatus.DRAFT,
  })
  status: FilingStatus;

  @Field(() => Int, { description: 'How many times it has been submitted' })
  @Column({ type: 'int', default: 0 })
  revision: number;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was last submitted: the organ has had it since',
  })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_filing_created_by' })
  createdBy?: User;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
