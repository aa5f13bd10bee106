import {
  ContractStatus,
  DomainError,
  DomainErrorCode,
  fieldError,
  fieldProblem,
} from '@cqss/domain';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../common/context';
import { NotFoundError } from '../../common/errors';
import { scopedQuery } from '../../common/scope';
import { Contract } from '../contracts/contract.entity';
import type { Post } from './post.entity';

/*
 * The link between posts and service contracts, in one place.
 *
 * 条例第25条: security services are provided under a contract with the customer unit. A post
 * belongs to a contract (post.contract_id NOT NULL, fk_post_contract), is planned while the
 * contract is a DRAFT (so the roster can be filed before service starts) and worked only while
 * it is ACTIVE.
 */

/**
 * The contract a post of the company may hang off: the company's own (NOT_FOUND otherwise), not
 * terminated (ILLEGAL_TRANSITION), and at the post's customer unit when one is given.
 */
export async function assertContractLink(
  ctx: Context,
  em: EntityManager,
  contractId: string,
  customerUnitId?: string,
): Promise<Contract> {
  const contract = await scopedQuery(ctx, Contract, 'c', em)
    .andWhere('c.id = :contractId', { contractId })
    .setLock('pessimistic_read')
    .getOne();
  if (!contract) throw new NotFoundError('Contract', contractId);
  if (contract.status === ContractStatus.TERMINATED)
    throw contractNotActive(contract, 'contractId');
  if (customerUnitId && contract.customerUnitId !== customerUnitId)
    throw fieldError('contractId', 'CONTRACT_OTHER_UNIT');
  return contract;
}

/**
 * The post's contract, read under a share lock so it cannot change status while the act commits.
 * Not through scopedQuery: the post was read scoped, and its contract is the same company's.
 */
async function contractOf(em: EntityManager, post: Post): Promise<Contract> {
  return em
    .getRepository(Contract)
    .createQueryBuilder('c')
    .where('c.id = :id', { id: post.contractId })
    .setLock('pessimistic_read')
    .getOneOrFail();
}

/** ILLEGAL_TRANSITION with the cause on `field`, the argument that named the post or contract. */
function contractNotActive(contract: Contract, field: string): DomainError {
  const problem = fieldProblem(
    field,
    contract.status === ContractStatus.TERMINATED ? 'CONTRACT_TERMINATED' : 'CONTRACT_NOT_ACTIVE',
    { contractStatus: contract.status },
  );
  return new DomainError(
    DomainErrorCode.ILLEGAL_TRANSITION,
    problem.message,
    { entity: 'Post', contractStatus: contract.status },
    [problem],
  );
}

/** Refuses planning shifts at a post whose contract has ended (a DRAFT or ACTIVE contract may be planned). */
export async function assertPostPlannable(
  em: EntityManager,
  post: Post,
  field = 'postId',
): Promise<void> {
  const contract = await contractOf(em, post);
  if (contract.status === ContractStatus.TERMINATED) throw contractNotActive(contract, field);
}

/**
 * Refuses working a post — acknowledging its orders at the start of a shift, starting a
 * handover, logging an inquiry — unless its contract is ACTIVE.
 */
export async function assertPostWorkable(
  em: EntityManager,
  post: Post,
  field = 'postId',
): Promise<void> {
  const contract = await contractOf(em, post);
  if (contract.status !== ContractStatus.ACTIVE) throw contractNotActive(contract, field);
}
