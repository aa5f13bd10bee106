import {
  assertCanActivate,
  assertContractableRequest,
  assertContractTerm,
  assertContractTransition,
  assertMayServe,
  assertPurgeable,
  assertTermination,
  ContractStatus,
  isCrossRegion,
  isFilingSubmitted,
  retainUntil,
  todayInChina,
} from '@cqss/domain';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../common/context';
import { ConflictError, NotFoundError } from '../../common/errors';
import { isConstraintViolation } from '../../common/db-errors';
import { containsPattern } from '../../common/like-pattern';
import { paginate } from '../../common/pagination';
import { scopedQuery } from '../../common/scope';
import { recordAudit } from '../audit/audit.service';
import type { UserPrincipal } from '../auth/principal';
import { Company } from '../companies/company.entity';
import { lockCustomerUnit } from '../customer-units/customer-unit.service';
import { Filing } from '../filings/filing.entity';
import { Post } from '../posts/post.entity';
import { ServiceRequest } from '../service-requests/service-request.entity';
import { Contract } from './contract.entity';
import type {
  ContractArgs,
  ContractTermsInput,
  CreateContractInput,
  TerminateContractInput,
} from './contract.inputs';

export function listContracts(ctx: Context, args: ContractArgs) {
  const qb = scopedQuery(ctx, Contract, 'c');
  if (args.status) qb.andWhere('c.status = :status', { status: args.status });
  if (args.crossRegion != null)
    qb.andWhere('c.crossRegion = :crossRegion', { crossRegion: args.crossRegion });
  if (args.customerUnitId) qb.andWhere('c.customerUnitId = :unit', { unit: args.customerUnitId });
  // Cross-region and still running, with no filing yet, a draft one or a returned one.
  const needsFiling = `c.crossRegion AND c.status <> 'TERMINATED' AND NOT EXISTS (
    SELECT 1 FROM filing f WHERE f.contract_id = c.id AND f.status IN ('SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED'))`;
  if (args.filingNeedsAttention === true) qb.andWhere(needsFiling);
  if (args.filingNeedsAttention === false) qb.andWhere(`NOT (${needsFiling})`);
  if (args.search?.trim())
    qb.andWhere("c.project ILIKE :search ESCAPE '\\'", {
      search: containsPattern(args.search.trim()),
    });
  // Purgeable from the day after retainUntil (the domain's isPurgeable), in China's calendar.
  if (args.retention === 'RETAINED')
    qb.andWhere('c.retainUntil >= :today', { today: todayInChina() });
  if (args.retention === 'PURGEABLE')
    qb.andWhere('c.retainUntil < :today', { today: todayInChina() });
  return paginate(qb, 'c', args);
}

export async function getContract(ctx: Context, id: string): Promise<Contract> {
  const contract = await scopedQuery(ctx, Contract, 'c').andWhere('c.id = :id', { id }).getOne();
  if (!contract) throw new NotFoundError('Contract', id);
  return contract;
}

async function lockContract(em: EntityManager, ctx: Context, id: string): Promise<Contract> {
  const contract = await scopedQuery(ctx, Contract, 'c', em)
    .andWhere('c.id = :id', { id })
    .setLock('pessimistic_write')
    .getOne();
  if (!contract) throw new NotFoundError('Contract', id);
  return contract;
}

/** The key-unit rule, on the company's ownership and the unit as they are inside this transaction. */
async function assertCompanyMayServe(em: EntityManager, ctx: Context, customerUnitId: string) {
  const unit = await lockCustomerUnit(em, ctx, customerUnitId);
  const company = await em.findOneByOrFail(Company, { id: unit.companyId });
  assertMayServe(company.ownershipType, unit);
  return { unit, company };
}

/**
 * The activation hook for the cross-region filing (Regulation Art. 23): whether the contract's
 * filing with the organ of the service location has been submitted (SUBMITTED, UNDER_REVIEW or
 * ACCEPTED; a RETURNED one must be resubmitted first). Read under a share lock, so a filing
 * cannot change under the activation.
 */
async function filingSubmitted(em: EntityManager, contract: Contract): Promise<boolean> {
  const filing = await em
    .getRepository(Filing)
    .createQueryBuilder('f')
    .where('f.contractId = :id', { id: contract.id })
    .setLock('pessimistic_read')
    .getOne();
  return isFilingSubmitted(filing?.status);
}

/** A checked yuan amount ("12800.5") as stored and answered ("12800.50"). */
const twoDecimals = (fee: string) => {
  const [whole, cents = ''] = fee.split('.');
  return `${BigInt(whole!).toString()}.${cents.padEnd(2, '0')}`;
};

function terms(input: ContractTermsInput) {
  assertContractTerm({ startsOn: input.startsOn, endsOn: input.endsOn });
  return {
    project: input.project.trim(),
    content: input.content.trim(),
    customerRightsObligations: input.customerRightsObligations.trim(),
    companyRightsObligations: input.companyRightsObligations.trim(),
    fee: twoDecimals(input.fee),
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    projectLeaderName: input.projectLeaderName.trim(),
    projectLeaderPhone: input.projectLeaderPhone.trim(),
  };
}

/**
 * Drafts a contract from an accepted request (never from a refused or undecided one), under
 * the request's and the unit's row locks, with the key-unit rule checked on the company's
 * ownership inside the transaction. Cross-region is decided here from the company's home.
 */
export async function createContract(ctx: Context, input: CreateContractInput): Promise<Contract> {
  const fields = terms(input);
  const principal = ctx.principal as UserPrincipal;
  try {
    return await ctx.app.dataSource.transaction(async (em) => {
      const request = await scopedQuery(ctx, ServiceRequest, 'sr', em)
        .andWhere('sr.id = :id', { id: input.serviceRequestId })
        .setLock('pessimistic_write')
        .getOne();
      if (!request) throw new NotFoundError('ServiceRequest', input.serviceRequestId);
      assertContractableRequest(request.status);
      const { unit, company } = await assertCompanyMayServe(em, ctx, request.customerUnitId);
      if (await em.existsBy(Contract, { serviceRequestId: request.id }))
        throw new ConflictError('A contract has already been made from this request');
      const contract = await em.save(
        Contract,
        em.create(Contract, {
          ...fields,
          companyId: company.id,
          serviceRequestId: request.id,
          customerUnitId: unit.id,
          serviceAddress: request.serviceAddress,
          serviceDivisionCode: request.serviceDivisionCode,
          crossRegion: isCrossRegion(company.homeDivisionCode, request.serviceDivisionCode),
          createdById: principal.userId,
        }),
      );
      await recordAudit(em, ctx, {
        action: 'contract.create',
        targetType: 'Contract',
        targetId: contract.id,
        detail: {
          project: contract.project,
          customerUnit: unit.name,
          serviceRequestId: request.id,
          crossRegion: contract.crossRegion,
          fee: contract.fee,
          startsOn: contract.startsOn,
          endsOn: contract.endsOn,
        },
      });
      return contract;
    });
  } catch (error) {
    if (isConstraintViolation(error, 'uq_contract_service_request'))
      throw new ConflictError('A contract has already been made from this request');
    throw error;
  }
}

/** Edits the terms of a draft; an active or terminated contract is not edited (ILLEGAL_TRANSITION). */
export async function updateContract(
  ctx: Context,
  id: string,
  input: ContractTermsInput,
): Promise<Contract> {
  const fields = terms(input);
  return ctx.app.dataSource.transaction(async (em) => {
    const contract = await lockContract(em, ctx, id);
    if (contract.status !== ContractStatus.DRAFT)
      assertContractTransition(contract.status, ContractStatus.DRAFT);
    const changed = Object.keys(fields).filter(
      (k) => contract[k as keyof typeof fields] !== fields[k as keyof typeof fields],
    );
    Object.assign(contract, fields);
    const saved = await em.save(Contract, contract);
    await recordAudit(em, ctx, {
      action: 'contract.update',
      targetType: 'Contract',
      targetId: contract.id,
      detail: { changed },
    });
    return saved;
  });
}

/**
 * DRAFT → ACTIVE, checking again inside the transaction the key-unit rule and the filing
 * hook: a cross-region contract is activated only once its filing has been submitted.
 */
export async function activateContract(ctx: Context, id: string): Promise<Contract> {
  return ctx.app.dataSource.transaction(async (em) => {
    const contract = await lockContract(em, ctx, id);
    assertContractTransition(contract.status, ContractStatus.ACTIVE);
    await assertCompanyMayServe(em, ctx, contract.customerUnitId);
    assertCanActivate({
      crossRegion: contract.crossRegion,
      filingSubmitted: await filingSubmitted(em, contract),
    });
    contract.status = ContractStatus.ACTIVE;
    contract.activatedAt = new Date();
    const saved = await em.save(Contract, contract);
    await recordAudit(em, ctx, {
      action: 'contract.activate',
      targetType: 'Contract',
      targetId: contract.id,
      detail: { from: ContractStatus.DRAFT, to: ContractStatus.ACTIVE },
    });
    return saved;
  });
}

/** ACTIVE → TERMINATED with a reason and date; retention runs two years from that date. */
export async function terminateContract(
  ctx: Context,
  input: TerminateContractInput,
): Promise<Contract> {
  return ctx.app.dataSource.transaction(async (em) => {
    const contract = await lockContract(em, ctx, input.id);
    assertContractTransition(contract.status, ContractStatus.TERMINATED);
    const now = new Date();
    assertTermination({
      reason: input.reason,
      terminatedOn: input.terminatedOn,
      startsOn: contract.startsOn,
      activatedOn: contract.activatedAt!,
      today: now,
    });
    Object.assign(contract, {
      status: ContractStatus.TERMINATED,
      terminatedOn: input.terminatedOn,
      terminationReason: input.reason.trim(),
      terminatedAt: now,
      retainUntil: retainUntil(input.terminatedOn),
    });
    const saved = await em.save(Contract, contract);
    await recordAudit(em, ctx, {
      action: 'contract.terminate',
      targetType: 'Contract',
      targetId: contract.id,
      detail: {
        from: ContractStatus.ACTIVE,
        to: ContractStatus.TERMINATED,
        reason: saved.terminationReason,
        terminatedOn: saved.terminatedOn,
        retainUntil: saved.retainUntil,
      },
    });
    return saved;
  });
}

/**
 * Deletes a terminated contract (and the request it was made from) once its two years of
 * retention are over (RETENTION_LOCKED before, with the day it unlocks). The audit entry
 * keeps what was purged; the database trigger refuses the DELETE too if retention is not over.
 */
export async function purgeContract(ctx: Context, id: string): Promise<string> {
  return ctx.app.dataSource.transaction(async (em) => {
    const contract = await lockContract(em, ctx, id);
    assertPurgeable(contract.retainUntil, new Date());
    // Posts keep their shifts and handover books; purging them is a decision of its own.
    if (await em.existsBy(Post, { contractId: contract.id }))
      throw new ConflictError('Posts still belong to this contract: close them first');
    await recordAudit(em, ctx, {
      action: 'contract.purge',
      targetType: 'Contract',
      targetId: contract.id,
      detail: {
        project: contract.project,
        customerUnitId: contract.customerUnitId,
        serviceRequestId: contract.serviceRequestId,
        startsOn: contract.startsOn,
        endsOn: contract.endsOn,
        terminatedOn: contract.terminatedOn,
        retainUntil: contract.retainUntil,
      },
    });
    await em.delete(Contract, { id: contract.id });
    await em.delete(ServiceRequest, { id: contract.serviceRequestId });
    return contract.id;
  });
}
