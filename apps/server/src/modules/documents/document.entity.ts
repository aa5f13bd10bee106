import { DocumentKind } from '@cqss/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import '../../common/enums.graphql';
import { Company } from '../companies/company.entity';
import { Contract } from '../contracts/contract.entity';
import { Handover } from '../handovers/handover.entity';
import { Inquiry } from '../inquiries/inquiry.entity';
import { User } from '../users/user.entity';

/**
 * A stored file (licence scan, signed contract, photo): its bytes live in PostgreSQL beside the
 * records, so they commit with them, are backed up with them and every replica serves them.
 * A document is never changed (a database trigger refuses it): a new scan is a new document.
 * GraphQL carries only its description; the bytes go over GET /documents/:id.
 */
@ObjectType('Document', { simpleResolvers: true, description: 'A stored file: its bytes at `url`' })
@Entity('document')
@Index('idx_document_company_kind', ['companyId', 'kind', 'uploadedAt'])
@Index('idx_document_contract', ['contractId'], { where: 'contract_id IS NOT NULL' })
@Index('idx_document_handover', ['handoverId'], { where: 'handover_id IS NOT NULL' })
@Index('idx_document_inquiry', ['inquiryId'], { where: 'inquiry_id IS NOT NULL' })
@Check(
  'ck_document_owner',
  `(kind IN ('SECURITY_LICENSE_SCAN', 'BUSINESS_LICENSE_SCAN')) = (contract_id IS NULL AND handover_id IS NULL AND inquiry_id IS NULL)
   AND (kind = 'SIGNED_CONTRACT') = (contract_id IS NOT NULL)
   AND (kind = 'HANDOVER_PHOTO') = (handover_id IS NOT NULL)
   AND (kind = 'INQUIRY_PHOTO') = (inquiry_id IS NOT NULL)`,
)
@Check('ck_document_size', `size > 0 AND size <= 10485760 AND size = octet_length(content)`)
@Check('ck_document_type', `content_type IN ('application/pdf', 'image/jpeg', 'image/png')`)
export class StoredDocument {
  static readonly tenancy = { company: 'companyId' } as const;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_document_company' })
  company?: Company;

  @Field(() => DocumentKind)
  @Column({ type: 'enum', enum: DocumentKind, enumName: 'document_kind' })
  kind: DocumentKind;

  // Purged with its contract (after the two years of retention), like the contract's filing.
  @Column({ type: 'uuid', nullable: true })
  contractId: string | null;

  @ManyToOne(() => Contract, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contract_id', foreignKeyConstraintName: 'fk_document_contract' })
  contract?: Contract;

  @Column({ type: 'uuid', nullable: true })
  handoverId: string | null;

  @ManyToOne(() => Handover, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'handover_id', foreignKeyConstraintName: 'fk_document_handover' })
  handover?: Handover;

  @Column({ type: 'uuid', nullable: true })
  inquiryId: string | null;

  @ManyToOne(() => Inquiry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inquiry_id', foreignKeyConstraintName: 'fk_document_inquiry' })
  inquiry?: Inquiry;

  @Field({ description: 'As uploaded, cleaned; the extension is that of the type found' })
  @Column({ length: 120 })
  fileName: string;

  @Field({ description: 'Sniffed from the bytes: application/pdf, image/jpeg or image/png' })
  @Column({ length: 40 })
  contentType: string;

  @Field(() => Int, { description: 'Bytes' })
  @Column({ type: 'int' })
  size: number;

  @Field({ description: 'SHA-256 of the bytes, hex' })
  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** The bytes; never selected unless asked for (lists and GraphQL do not carry them). */
  @Column({ type: 'bytea', select: false })
  content?: Buffer;

  @Column({ type: 'uuid' })
  uploadedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by_id', foreignKeyConstraintName: 'fk_document_uploaded_by' })
  uploadedBy?: User;

  @Field()
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  uploadedAt: Date;

  @Field({ description: 'Where the bytes are: GET with the session cookie' })
  get url(): string {
    return `/documents/${this.id}`;
  }
}
