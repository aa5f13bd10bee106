import { randomBytes } from 'node:crypto';
import { divisionName, fieldError, FilingStatus } from '@cqss/domain';
import { companyUser } from '../../common/caller';
import type { Context } from '../../common/context';
import { IsNull, type DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { Company } from '../companies/company.entity';
import { Contract } from '../contracts/contract.entity';
import { Filing } from '../filings/filing.entity';
import { FilingSubmission } from '../filings/filing-submission.entity';
import { findFiling } from '../filings/filing.service';
import { FilingReceipt } from './filing-receipt.entity';

/** The receipt of each filing of this request (the one in force, else the last revoked). */
export function receiptOf(ctx: Context, filingId: string): Promise<FilingReceipt | null> {
  return ctx.loaders
    .keyed('FilingReceipt.byFiling', async (ids) => {
      const rows = await ctx.app.dataSource
        .getRepository(FilingReceipt)
        .createQueryBuilder('r')
        .distinctOn(['r.filingId'])
        .where('r.filingId IN (:...ids)', { ids })
        .orderBy('r.filingId')
        .addOrderBy('r.revokedAt', 'DESC', 'NULLS FIRST')
        .addOrderBy('r.issuedAt', 'DESC')
        .getMany();
      return ids.map((id) => rows.find((r) => r.filingId === id) ?? null);
    })
    .load(filingId);
}

/**
 * Issues a receipt for a submitted filing of the caller's company (the one in force if there
 * is one): a token of 256 random bits behind a public page.
 */
export async function issueFilingReceipt(ctx: Context, filingId: string): Promise<FilingReceipt> {
  const caller = companyUser(ctx);
  return ctx.app.dataSource.transaction(async (em) => {
    const filing = await findFiling(ctx, filingId, em);
    await em.query(`SELECT 1 FROM filing WHERE id = $1 FOR UPDATE`, [filing.id]);
    if (filing.status === FilingStatus.DRAFT) throw fieldError('filingId', 'FILING_NOT_SUBMITTED');
    const active = await em.findOneBy(FilingReceipt, {
      filingId: filing.id,
      revokedAt: IsNull(),
    });
    if (active) return active;
    const receipt = await em.save(
      FilingReceipt,
      em.create(FilingReceipt, {
        filingId: filing.id,
        companyId: filing.companyId,
        token: randomBytes(32).toString('base64url'),
        issuedById: caller.userId,
      }),
    );
    await recordAudit(em, ctx, {
      action: 'filing.receipt_issue',
      targetType: 'Filing',
      targetId: filing.id,
      detail: { receiptId: receipt.id },
    });
    return receipt;
  });
}

/** Revokes the receipt in force of a filing: its page then says so and shows nothing else. */
export async function revokeFilingReceipt(ctx: Context, filingId: string): Promise<FilingReceipt> {
  const caller = companyUser(ctx);
  return ctx.app.dataSource.transaction(async (em) => {
    const filing = await findFiling(ctx, filingId, em);
    const active = await em
      .getRepository(FilingReceipt)
      .createQueryBuilder('r')
      .where('r.filingId = :id AND r.revokedAt IS NULL', { id: filing.id })
      .setLock('pessimistic_write')
      .getOne();
    if (!active)
      throw fieldError('filingId', 'NOT_FOUND', {}, 'The filing has no receipt in force');
    active.revokedAt = new Date();
    active.revokedById = caller.userId;
    const saved = await em.save(FilingReceipt, active);
    await recordAudit(em, ctx, {
      action: 'filing.receipt_revoke',
      targetType: 'Filing',
      targetId: filing.id,
      detail: { receiptId: saved.id },
    });
    return saved;
  });
}

/** What the public page of a receipt shows: nothing beyond these, and nothing once revoked. */
export type PublicReceipt =
  | { state: 'unknown' }
  | { state: 'revoked'; revokedAt: Date }
  | {
      state: 'valid';
      companyName: string;
      serviceLocation: string;
      serviceAddress: string;
      status: FilingStatus;
      firstSubmittedAt: Date | null;
      lastSubmittedAt: Date | null;
      decidedAt: Date | null;
    };

/** Reads a receipt's public facts by its token, without any session. */
export async function publicReceipt(dataSource: DataSource, token: string): Promise<PublicReceipt> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { state: 'unknown' };
  const receipt = await dataSource.getRepository(FilingReceipt).findOneBy({ token });
  if (!receipt) return { state: 'unknown' };
  if (receipt.revokedAt) return { state: 'revoked', revokedAt: receipt.revokedAt };
  const filing = await dataSource.getRepository(Filing).findOneByOrFail({ id: receipt.filingId });
  const [company, contract, submissions] = await Promise.all([
    dataSource.getRepository(Company).findOneByOrFail({ id: filing.companyId }),
    dataSource.getRepository(Contract).findOneByOrFail({ id: filing.contractId }),
    dataSource.getRepository(FilingSubmission).find({
      where: { filingId: filing.id },
      order: { number: 'ASC' },
    }),
  ]);
  const current = submissions.find((s) => s.number === filing.revision);
  return {
    state: 'valid',
    companyName: company.name,
    serviceLocation: divisionName(filing.serviceDivisionCode) ?? filing.serviceDivisionCode,
    serviceAddress: current?.serviceAddress ?? contract.serviceAddress,
    status: filing.status,
    firstSubmittedAt: submissions[0]?.submittedAt ?? null,
    lastSubmittedAt: filing.submittedAt,
    decidedAt: current?.decidedAt ?? null,
  };
}
