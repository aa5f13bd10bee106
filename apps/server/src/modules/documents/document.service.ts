import { createHash } from 'node:crypto';
import {
  assertDocumentAcceptable,
  DOCUMENT_OWNER,
  DOCUMENT_ROLES,
  documentFileName,
  type DocumentKind,
  DOSSIER_DOCUMENT_KINDS,
  fieldError,
  Role,
} from '@cqss/domain';
import { fileTypeFromBuffer } from 'file-type';
import { In, type EntityManager } from 'typeorm';
import { companyUser } from '../../common/caller';
import type { Context } from '../../common/context';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../common/errors';
import { scopedQuery } from '../../common/scope';
import { recordAudit } from '../audit/audit.service';
import { Contract } from '../contracts/contract.entity';
import { Handover } from '../handovers/handover.entity';
import { Inquiry } from '../inquiries/inquiry.entity';
import { StoredDocument } from './document.entity';
import { FilingSubmissionDocument } from './filing-submission-document.entity';

export interface Upload {
  kind: DocumentKind;
  /** The record it attaches to (contract, handover, inquiry); none for the company's licences. */
  ownerId: string | null;
  fileName: string | null;
  bytes: Buffer;
  /** The parser stopped at the size limit: the file is larger than allowed. */
  truncated: boolean;
}

const OWNER_ENTITY = { CONTRACT: Contract, HANDOVER: Handover, INQUIRY: Inquiry } as const;
const OWNER_COLUMN = {
  CONTRACT: 'contractId',
  HANDOVER: 'handoverId',
  INQUIRY: 'inquiryId',
} as const;

/**
 * Stores an uploaded file for a record of the caller's company: the caller's role must be one
 * that handles the kind, the record must be the company's, and the bytes a PDF, JPEG or PNG
 * of at most 10 MB (judged by their content). Written with its audit entry, or not at all.
 */
export async function storeDocument(ctx: Context, upload: Upload): Promise<StoredDocument> {
  const caller = companyUser(ctx);
  if (!DOCUMENT_ROLES[upload.kind].includes(caller.role)) throw new ForbiddenError();
  const owner = DOCUMENT_OWNER[upload.kind];
  if (owner !== 'COMPANY' && !upload.ownerId) throw fieldError('ownerId', 'REQUIRED');
  const sniffed = upload.truncated ? null : await fileTypeFromBuffer(upload.bytes);
  const type = assertDocumentAcceptable(
    sniffed?.mime ?? null,
    upload.bytes.length,
    upload.truncated,
  );
  return ctx.app.dataSource.transaction(async (em) => {
    const link: Partial<StoredDocument> = {};
    if (owner !== 'COMPANY') {
      const row = await scopedQuery(ctx, OWNER_ENTITY[owner], 'o', em)
        .andWhere('o.id = :id', { id: upload.ownerId })
        .getOne();
      if (!row) throw new NotFoundError(OWNER_ENTITY[owner].name, upload.ownerId!);
      link[OWNER_COLUMN[owner]] = row.id;
    }
    const doc = em.create(StoredDocument, {
      companyId: caller.companyId,
      kind: upload.kind,
      contractId: null,
      handoverId: null,
      inquiryId: null,
      ...link,
      fileName: documentFileName(upload.fileName, type),
      contentType: type,
      size: upload.bytes.length,
      sha256: createHash('sha256').update(upload.bytes).digest('hex'),
      content: upload.bytes,
      uploadedById: caller.userId,
    });
    const saved = await em.save(StoredDocument, doc);
    await recordAudit(em, ctx, {
      action: 'document.upload',
      targetType: 'Document',
      targetId: saved.id,
      detail: {
        kind: saved.kind,
        ownerId: upload.ownerId,
        fileName: saved.fileName,
        contentType: saved.contentType,
        size: saved.size,
        sha256: saved.sha256,
      },
    });
    delete saved.content;
    return saved;
  });
}

/**
 * A document with its bytes, if the caller may read it: a company user of the owning company
 * in a role that handles the kind, or an officer of an organ a submission was filed with that
 * included it. Anyone else is told it does not exist.
 */
export async function readableDocument(ctx: Context, id: string): Promise<StoredDocument> {
  const p = ctx.principal;
  if (!p) throw new UnauthenticatedError();
  if (p.kind !== 'user') throw new ForbiddenError();
  const qb = ctx.app.dataSource
    .getRepository(StoredDocument)
    .createQueryBuilder('d')
    .addSelect('d.content')
    .where('d.id = :id', { id });
  if (p.companyId) {
    qb.andWhere('d.companyId = :companyId', { companyId: p.companyId });
  } else if (p.role === Role.POLICE_OFFICER && p.policeOrganId) {
    qb.andWhere(
      `EXISTS (SELECT 1 FROM filing_submission_document fsd
                JOIN filing_submission s ON s.id = fsd.submission_id
               WHERE fsd.document_id = d.id AND s.police_organ_id = :organId)`,
      { organId: p.policeOrganId },
    );
  } else throw new ForbiddenError();
  const doc = await qb.getOne();
  if (!doc || (p.companyId && !DOCUMENT_ROLES[doc.kind].includes(p.role))) {
    throw new NotFoundError('Document', id);
  }
  return doc;
}

/** Documents attached to records of this request, newest first: one statement a page. */
export function documentsOf(
  ctx: Context,
  column: 'contractId' | 'handoverId' | 'inquiryId',
  ownerId: string,
): Promise<StoredDocument[]> {
  return ctx.loaders
    .keyed(`StoredDocument.${column}` as const, async (ids) => {
      const rows = await ctx.app.dataSource.getRepository(StoredDocument).find({
        where: { [column]: In([...ids]) },
        order: { uploadedAt: 'DESC' },
      });
      return ids.map((id) => rows.filter((r) => r[column] === id));
    })
    .load(ownerId);
}

/** The documents a submission was filed with, in dossier order: one statement a page. */
export function submissionDocuments(ctx: Context, submissionId: string): Promise<StoredDocument[]> {
  return ctx.loaders
    .keyed('StoredDocument.bySubmission', async (ids) => {
      const rows = await ctx.app.dataSource
        .getRepository(StoredDocument)
        .createQueryBuilder('d')
        .innerJoin(FilingSubmissionDocument, 'fsd', 'fsd.documentId = d.id')
        .addSelect('fsd.submissionId', 'submission_id')
        .where('fsd.submissionId IN (:...ids)', { ids })
        .getRawAndEntities();
      const bySubmission = new Map<string, StoredDocument[]>();
      rows.entities.forEach((doc, i) => {
        const sid = (rows.raw[i] as { submission_id: string }).submission_id;
        bySubmission.set(sid, [...(bySubmission.get(sid) ?? []), doc]);
      });
      return ids.map((id) => sortForDossier(bySubmission.get(id) ?? []));
    })
    .load(submissionId);
}

const sortForDossier = (docs: StoredDocument[]) =>
  [...docs].sort(
    (a, b) =>
      DOSSIER_DOCUMENT_KINDS.indexOf(a.kind) - DOSSIER_DOCUMENT_KINDS.indexOf(b.kind) ||
      b.uploadedAt.getTime() - a.uploadedAt.getTime(),
  );

/**
 * What a filing of the contract would be filed with now: the latest scan of each licence of
 * the company and the latest signed copy of the contract (those there are).
 */
export async function liveDossierDocuments(
  em: EntityManager,
  companyId: string,
  contractId: string,
): Promise<StoredDocument[]> {
  const rows = await em
    .getRepository(StoredDocument)
    .createQueryBuilder('d')
    .distinctOn(['d.kind'])
    .where(
      `d.companyId = :companyId AND (d.kind IN (:...licences) OR d.contractId = :contractId)`,
      {
        companyId,
        contractId,
        licences: ['SECURITY_LICENSE_SCAN', 'BUSINESS_LICENSE_SCAN'],
      },
    )
    .orderBy('d.kind')
    .addOrderBy('d.uploadedAt', 'DESC')
    .addOrderBy('d.id', 'DESC')
    .getMany();
  return sortForDossier(rows);
}

/** Freezes the documents a submission is filed with (rows a trigger never lets change). */
export async function freezeDocuments(
  em: EntityManager,
  submissionId: string,
  documents: readonly StoredDocument[],
): Promise<void> {
  if (!documents.length) return;
  await em.insert(
    FilingSubmissionDocument,
    documents.map((d) => ({ submissionId, documentId: d.id })),
  );
}

/** The latest scan of each of the company's licences: what a filing would include now. */
export function companyLicenceScans(ctx: Context, companyId: string): Promise<StoredDocument[]> {
  return ctx.loaders
    .keyed('StoredDocument.licences', async (ids) => {
      const rows = await ctx.app.dataSource
        .getRepository(StoredDocument)
        .createQueryBuilder('d')
        .distinctOn(['d.companyId', 'd.kind'])
        .where('d.companyId IN (:...ids) AND d.kind IN (:...licences)', {
          ids,
          licences: ['SECURITY_LICENSE_SCAN', 'BUSINESS_LICENSE_SCAN'],
        })
        .orderBy('d.companyId')
        .addOrderBy('d.kind')
        .addOrderBy('d.uploadedAt', 'DESC')
        .addOrderBy('d.id', 'DESC')
        .getMany();
      return ids.map((id) => sortForDossier(rows.filter((r) => r.companyId === id)));
    })
    .load(companyId);
}
