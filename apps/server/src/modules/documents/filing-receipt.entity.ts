import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Company } from '../companies/company.entity';
import { Filing } from '../filings/filing.entity';
import { User } from '../users/user.entity';

/**
 * The receipt of a filing (备案回执): an unguessable token behind a public page that shows only
 * the company, the service location, the filing's status and dates. A revoked token stays,
 * so its page can say it was revoked; a filing has at most one token in force.
 */
@ObjectType({ simpleResolvers: true, description: "A filing's receipt: its public check page" })
@Entity('filing_receipt')
@Index('uq_filing_receipt_token', ['token'], { unique: true })
@Index('uq_filing_receipt_active', ['filingId'], { unique: true, where: 'revoked_at IS NULL' })
export class FilingReceipt {
  static readonly tenancy = { company: 'companyId' } as const;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  filingId: string;

  @ManyToOne(() => Filing, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'filing_id', foreignKeyConstraintName: 'fk_filing_receipt_filing' })
  filing?: Filing;

  @Column({ type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_filing_receipt_company' })
  company?: Company;

  @Field({ description: '256 random bits, base64url: the public page is /r/<token>' })
  @Column({ length: 64 })
  token: string;

  @Field()
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  issuedAt: Date;

  @Column({ type: 'uuid' })
  issuedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issued_by_id', foreignKeyConstraintName: 'fk_filing_receipt_issued_by' })
  issuedBy?: User;

  @Field(() => Date, { nullable: true, description: 'Since then its page says only that' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'revoked_by_id', foreignKeyConstraintName: 'fk_filing_receipt_revoked_by' })
  revokedBy?: User;

  @Field({ description: 'The public page, relative to the platform' })
  get path(): string {
    return `/r/${this.token}`;
  }
}
