import {
  assertDossierComplete,
  assertFilingAddressee,
  assertFilingDecision,
  assertFilingTransition,
  checkDossier,
  ContractStatus,
  DomainError,
  DomainErrorCode,
  type DossierItem,
  dossierItems,
  dossierProblemItemKey,
  fieldError,
  fieldProblem,
  type FilingItemReview,
  FilingItemStatus,
  filingPartyOf,
  FilingStatus,
  todayInChina,
} from '@cqss/domain';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { companyUser } from '../../common/caller';
import type { Context } from '../../common/context';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors';
import { isConstraintViolation } from '../../common/db-errors';
import { paginate, type Page } from '../../common/pagination';
import { scopedQuery } from '../../common/scope';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notification.service';
import type { UserPrincipal } from '../auth/principal';
import { Contract } from '../contracts/contract.entity';
import { CustomerUnit } from '../customer-units/customer-unit.entity';
import { freezeDocuments, liveDossierDocuments } from '../documents/document.service';
import { filingAddressee, liveDossier } from './filing-dossier';
import { publishFilingEvent } from './filing.events';
import { Filing } from './filing.entity';
import { FilingSubmission, type ItemReview } from './filing-submission.entity';
import {
  FilingSort,
  type FilingArgs,
  type FilingItemReviewInput,
  type ReturnFilingInput,
} from './filing.inputs';
import type { FilingDossier, FilingItem } from './filing.types';

/** The caller as a user (resolvers have checked the role). */
const userOf = (ctx: Context) => ctx.principal as UserPrincipal;

/**
 * Filings the caller may see: the company's own (drafts too), or — for an officer — those
 * submitted to their organ. A draft has not been sent: no officer sees it.
 */
export function filingQuery(
  ctx: Context,
  alias = 'f',
  em?: EntityManager,
): SelectQueryBuilder<Filing> {
  const qb = scopedQuery(ctx, Filing, alias, em);
  if (!ctx.principal?.companyId) qb.andWhere(`${alias}.submittedAt IS NOT NULL`);
  return qb;
}

export async function findFiling(ctx: Context, id: string, em?: EntityManager): Promise<Filing> {
  const filing = await filingQuery(ctx, 'f', em).andWhere('f.id = :id', { id }).getOne();
  if (!filing) throw new NotFoundError('Filing', id);
  return filing;
}

async function lockFiling(em: EntityManager, ctx: Context, id: string): Promise<Filing> {
  const filing = await filingQuery(ctx, 'f', em)
    .andWhere('f.id = :id', { id })
    .setLock('pessimistic_write')
    .getOne();
  if (!filing) throw new NotFoundError('Filing', id);
  return filing;
}

/** The submission under review (the latest one) of a filing, locked with it. */
async function currentSubmission(em: EntityManager, filing: Filing): Promise<FilingSubmission> {
  return em
    .getRepository(FilingSubmission)
    .createQueryBuilder('s')
    .where('s.filingId = :id AND s.number = :n', { id: filing.id, n: filing.revision })
    .setLock('pessimistic_write')
    .getOneOrFail();
}

/** Filings sent (never drafts), filtered, keyset-paginated on the submission time. */
export function listFilings(ctx: Context, args: FilingArgs): Promise<Page<Filing>> {
  const qb = filingQuery(ctx).andWhere('f.submittedAt IS NOT NULL');
  if (args.statuses?.length) qb.andWhere('f.status IN (:...statuses)', { statuses: args.statuses });
  if (args.companyId) qb.andWhere('f.companyId = :companyId', { companyId: args.companyId });
  if (args.submittedFrom)
    qb.andWhere('f.submittedAt >= :from', {
      from: new Date(`${args.submittedFrom}T00:00:00+08:00`),
    });
  if (args.submittedTo) {
    const to = new Date(`${args.submittedTo}T00:00:00+08:00`);
    qb.andWhere('f.submittedAt < :to', { to: new Date(to.getTime() + 86_400_000) });
  }
  return paginate(qb, 'f', args, 'submittedAt', args.sort === FilingSort.NEWEST ? 'DESC' : 'ASC');
}

/** The company's filing of a contract: made once, as a draft, for a cross-region contract. */
export async function prepareFiling(ctx: Context, contractId: string): Promise<Filing> {
  const caller = companyUser(ctx);
  try {
    return await ctx.app.dataSource.transaction(async (em) => {
      const contract = await scopedQuery(ctx, Contract, 'c', em)
        .andWhere('c.id = :id', { id: contractId })
        .setLock('pessimistic_read')
        .getOne();
      if (!contract) throw new NotFoundError('Contract', contractId);
      if (!contract.crossRegion) {
        throw fieldError(
          'contractId',
          'NOT_CROSS_REGION',
          {},
          'Only a contract outside the home province-level region is filed',
        );
      }
      const existing = await em.findOneBy(Filing, { contractId: contract.id });
      if (existing) return existing;
      if (contract.status === ContractStatus.TERMINATED) {
        throw new DomainError(
          DomainErrorCode.ILLEGAL_TRANSITION,
          'The contract has ended',
          { entity: 'Contract', from: contract.status },
          [fieldProblem('contractId', 'CONTRACT_TERMINATED')],
        );
      }
      const { cityCode, cityName, organ } = await filingAddressee(em, contract.serviceDivisionCode);
      const filing = await em.save(
        Filing,
        em.create(Filing, {
          companyId: contract.companyId,
          contractId: contract.id,
          serviceDivisionCode: contract.serviceDivisionCode,
          addresseeDivisionCode: cityCode,
          policeOrganId: organ?.id ?? null,
          createdById: caller.userId,
        }),
      );
      await recordAudit(em, ctx, {
        action: 'filing.prepare',
        targetType: 'Filing',
        targetId: filing.id,
        detail: {
          contractId: contract.id,
          project: contract.project,
          addressee: cityCode,
          addresseeName: cityName,
          policeOrgan: organ?.name ?? null,
        },
      });
      return filing;
    });
  } catch (error) {
    // Two preparations at once: the second finds the first.
    if (isConstraintViolation(error, 'uq_filing_contract')) {
      const filing = await ctx.app.dataSource.getRepository(Filing).findOneBy({ contractId });
      if (filing) return filing;
    }
    throw error;
  }
}

/**
 * DRAFT or RETURNED → SUBMITTED: assembles the dossier from the live records, refuses it while
 * something is missing or invalid (DOSSIER_INCOMPLETE) or no organ is known for the city
 * (FILING_ORGAN_UNKNOWN), freezes it as a new submission (earlier ones are kept) and sends it
 * to the organ, which hears of it at once.
 */
export async function submitFiling(ctx: Context, id: string): Promise<Filing> {
  const caller = companyUser(ctx);
  let resubmission = false;
  const saved = await ctx.app.dataSource.transaction(async (em) => {
    const filing = await lockFiling(em, ctx, id);
    assertFilingTransition(filing.status, FilingStatus.SUBMITTED, filingPartyOf(caller.role));
    resubmission = filing.status === FilingStatus.RETURNED;
    const contract = await em
      .getRepository(Contract)
      .createQueryBuilder('c')
      .where('c.id = :id', { id: filing.contractId })
      .setLock('pessimistic_read')
      .getOneOrFail();
    const { cityCode, cityName, organ } = await filingAddressee(em, contract.serviceDivisionCode);
    assertFilingAddressee(organ, cityCode, cityName);
    const dossier = await liveDossier(em, contract);
    assertDossierComplete(dossier, todayInChina());

    const unit = await em.findOneByOrFail(CustomerUnit, { id: contract.customerUnitId });
    const now = new Date();
    const submission = await em.save(
      FilingSubmission,
      em.create(FilingSubmission, {
        filingId: filing.id,
        companyId: filing.companyId,
        policeOrganId: organ.id,
        number: filing.revision + 1,
        customerUnitName: unit.name,
        serviceAddress: contract.serviceAddress,
        serviceDivisionCode: contract.serviceDivisionCode,
        items: dossierItems(dossier),
        reviews: [],
        submittedAt: now,
        submittedById: caller.userId,
      }),
    );
    const documents = await liveDossierDocuments(em, filing.companyId, contract.id);
    await freezeDocuments(em, submission.id, documents);
    Object.assign(filing, {
      status: FilingStatus.SUBMITTED,
      revision: submission.number,
      submittedAt: now,
      policeOrganId: organ.id,
      addresseeDivisionCode: cityCode,
    });
    const result = await em.save(Filing, filing);
    await recordAudit(em, ctx, {
      action: resubmission ? 'filing.resubmit' : 'filing.submit',
      targetType: 'Filing',
      targetId: filing.id,
      policeOrganId: organ.id,
      detail: {
        contractId: contract.id,
        submission: submission.number,
        items: submission.items.length,
        guards: dossier.guards.length,
        documents: documents.map((d) => ({ kind: d.kind, sha256: d.sha256 })),
        policeOrgan: organ.name,
      },
    });
    return result;
  });
  await publishFilingEvent(ctx, saved, resubmission);
  return saved;
}

/** The officer who claimed a submission is the one who reviews and decides it. */
function assertReviewer(submission: FilingSubmission, ctx: Context): void {
  if (submission.claimedById !== userOf(ctx).userId) {
    throw new ConflictError('Another officer is reviewing this filing');
  }
}

/** SUBMITTED → UNDER_REVIEW: an officer of the addressed organ takes the filing up. */
export async function claimFiling(ctx: Context, id: string): Promise<Filing> {
  const officer = userOf(ctx);
  const saved = await ctx.app.dataSource.transaction(async (em) => {
    const filing = await lockFiling(em, ctx, id);
    assertFilingTransition(filing.status, FilingStatus.UNDER_REVIEW, filingPartyOf(officer.role));
    const submission = await currentSubmission(em, filing);
    await em.update(
      FilingSubmission,
      { id: submission.id },
      { claimedById: officer.userId, claimedAt: new Date() },
    );
    filing.status = FilingStatus.UNDER_REVIEW;
    const result = await em.save(Filing, filing);
    await recordAudit(em, ctx, {
      action: 'filing.claim',
      targetType: 'Filing',
      targetId: filing.id,
      companyId: filing.companyId,
      detail: { submission: submission.number },
    });
    return result;
  });
  await publishFilingEvent(ctx, saved);
  return saved;
}

/** Records verdicts on items of the submission (a later verdict on the same item replaces the earlier). */
function applyReviews(
  submission: FilingSubmission,
  inputs: readonly FilingItemReviewInput[],
  officerId: string,
  single = false,
): void {
  const keys = new Set(submission.items.map((i) => i.key));
  const at = new Date().toISOString();
  const byKey = new Map(submission.reviews.map((r) => [r.key, r]));
  // A single verdict (reviewFilingItem) names its own fields; a list names them by position.
  const field = (i: number, name: string) => (single ? name : `items.${i}.${name}`);
  inputs.forEach((input, i) => {
    if (!keys.has(input.key)) {
      throw fieldError(field(i, 'key'), 'NOT_IN_SUBMISSION');
    }
    const reason = input.reason?.trim() || null;
    if (input.status === FilingItemStatus.REJECTED && !reason) {
      throw fieldError(field(i, 'reason'), 'REQUIRED', {}, 'Say what is wrong with the item');
    }
    if (input.status === FilingItemStatus.PENDING) byKey.delete(input.key);
    else
      byKey.set(input.key, {
        key: input.key,
        status: input.status,
        reason: input.status === FilingItemStatus.REJECTED ? reason : null,
        reviewedAt: at,
        reviewedById: officerId,
      });
  });
  // In dossier order, so the stored review reads like the dossier.
  submission.reviews = submission.items
    .map((item) => byKey.get(item.key))
    .filter((r): r is ItemReview => !!r);
}

/** The verdict on every item, PENDING where there is none yet. */
function verdicts(submission: FilingSubmission): FilingItemReview[] {
  const byKey = new Map(submission.reviews.map((r) => [r.key, r]));
  return submission.items.map((item) => ({
    key: item.key,
    status: byKey.get(item.key)?.status ?? FilingItemStatus.PENDING,
    reason: byKey.get(item.key)?.reason ?? null,
  }));
}

function assertUnderReview(filing: Filing): void {
  if (filing.status !== FilingStatus.UNDER_REVIEW) {
    throw new DomainError(
      DomainErrorCode.ILLEGAL_TRANSITION,
      'The filing is not under review',
      { entity: 'Filing', from: filing.status },
      [fieldProblem('id', 'NOT_UNDER_REVIEW')],
    );
  }
}

/** The claiming officer accepts an item or notes what is wrong with it. */
export async function reviewFilingItem(
  ctx: Context,
  filingId: string,
  input: FilingItemReviewInput,
): Promise<Filing> {
  const officer = userOf(ctx);
  if (filingPartyOf(officer.role) !== 'POLICE') throw new ForbiddenError();
  return ctx.app.dataSource.transaction(async (em) => {
    const filing = await lockFiling(em, ctx, filingId);
    assertUnderReview(filing);
    const submission = await currentSubmission(em, filing);
    assertReviewer(submission, ctx);
    applyReviews(submission, [input], officer.userId, true);
    await em.update(FilingSubmission, { id: submission.id }, { reviews: submission.reviews });
    await recordAudit(em, ctx, {
      action: 'filing.review_item',
      targetType: 'Filing',
      targetId: filing.id,
      companyId: filing.companyId,
      detail: {
        submission: submission.number,
        key: input.key,
        status: input.status,
        reason: input.reason?.trim() || null,
      },
    });
    // The review changes the submission, not the filing row: let its timestamp say so.
    filing.updatedAt = new Date();
    return em.save(Filing, filing);
  });
}

/**
 * UNDER_REVIEW → ACCEPTED (every item accepted) or RETURNED (at least one item rejected, each
 * with its reason), by the officer who claimed it; the company hears of it at once.
 */
async function decide(
  ctx: Context,
  id: string,
  to: typeof FilingStatus.ACCEPTED | typeof FilingStatus.RETURNED,
  items: readonly FilingItemReviewInput[] = [],
): Promise<Filing> {
  const officer = userOf(ctx);
  const saved = await ctx.app.dataSource.transaction(async (em) => {
    const filing = await lockFiling(em, ctx, id);
    assertFilingTransition(filing.status, to, filingPartyOf(officer.role));
    const submission = await currentSubmission(em, filing);
    assertReviewer(submission, ctx);
    if (items.length) applyReviews(submission, items, officer.userId);
    const all = verdicts(submission);
    assertFilingDecision(to, all);
    await em.update(
      FilingSubmission,
      { id: submission.id },
      {
        reviews: submission.reviews,
        decision: to,
        decidedAt: new Date(),
        decidedById: officer.userId,
      },
    );
    filing.status = to;
    const result = await em.save(Filing, filing);
    await recordAudit(em, ctx, {
      action: to === FilingStatus.ACCEPTED ? 'filing.accept' : 'filing.return',
      targetType: 'Filing',
      targetId: filing.id,
      companyId: filing.companyId,
      detail: {
        submission: submission.number,
        rejected: all
          .filter((v) => v.status === FilingItemStatus.REJECTED)
          .map((v) => ({ key: v.key, reason: v.reason })),
      },
    });
    if (to === FilingStatus.RETURNED) await notify(em, 'FILING_RETURNED', filing.id);
    return result;
  });
  await publishFilingEvent(ctx, saved);
  return saved;
}

export const acceptFiling = (ctx: Context, id: string) => decide(ctx, id, FilingStatus.ACCEPTED);

export const returnFiling = (ctx: Context, input: ReturnFilingInput) =>
  decide(ctx, input.id, FilingStatus.RETURNED, input.items ?? []);

/** Fields in the order the dossier lists them (JSONB keeps object keys in an order of its own). */
const FIELD_ORDER = [
  'securityLicenseNo',
  'businessLicenseNo',
  'licenseExpiresOn',
  'project',
  'content',
  'startsOn',
  'endsOn',
  'name',
  'phone',
  'certificateNo',
  'idNumberMasked',
];
const fieldRank = (name: string) => {
  const i = FIELD_ORDER.indexOf(name);
  return i < 0 ? FIELD_ORDER.length : i;
};

/** A frozen or live dossier item as GraphQL shows it. */
export function toFilingItem(
  item: DossierItem,
  review: ItemReview | undefined,
  previous: DossierItem | undefined | null,
): FilingItem {
  return {
    key: item.key,
    kind: item.kind,
    fields: Object.entries(item.content)
      .map(([name, value]) => ({ name, value }))
      .sort((a, b) => fieldRank(a.name) - fieldRank(b.name)),
    status: review?.status ?? FilingItemStatus.PENDING,
    reason: review?.reason ?? null,
    reviewedAt: review ? new Date(review.reviewedAt) : null,
    changed:
      previous !== null && JSON.stringify(previous?.content) !== JSON.stringify(item.content),
  };
}

/** What submitting now would freeze, with what blocks it and where to. */
export async function filingDossier(ctx: Context, filing: Filing): Promise<FilingDossier> {
  const em = ctx.app.dataSource.manager;
  const contract = await em.findOneByOrFail(Contract, { id: filing.contractId });
  const [dossier, addressee, documents] = await Promise.all([
    liveDossier(em, contract),
    filingAddressee(em, contract.serviceDivisionCode),
    liveDossierDocuments(em, filing.companyId, contract.id),
  ]);
  const problems = checkDossier(dossier, todayInChina());
  return {
    items: dossierItems(dossier).map((item) => toFilingItem(item, undefined, null)),
    documents,
    problems: problems.map((p) => ({
      code: p.code,
      field: p.field,
      message: p.message,
      itemKey: dossierProblemItemKey(p, dossier),
      params: p.params,
    })),
    policeOrgan: addressee.organ,
    addresseeDivisionCode: addressee.cityCode,
    addresseeDivisionName: addressee.cityName,
  };
}
