import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FilingSubmission } from '../filings/filing-submission.entity';
import { StoredDocument } from './document.entity';

/**
 * A document a submission was filed with, frozen: rows are only ever added, with the
 * submission (a trigger refuses changing or removing one while its submission exists).
 */
@Entity('filing_submission_document')
export class FilingSubmissionDocument {
  @PrimaryColumn({ type: 'uuid' })
  submissionId: string;

  @ManyToOne(() => FilingSubmission, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'submission_id',
    foreignKeyConstraintName: 'fk_filing_submission_document_submission',
  })
  submission?: FilingSubmission;

  @PrimaryColumn({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => StoredDocument, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'document_id',
    foreignKeyConstraintName: 'fk_filing_submission_document_document',
  })
  document?: StoredDocument;
}
