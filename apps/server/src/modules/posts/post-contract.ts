import { ContractStatus, DomainError, DomainErrorCode } from '@cqss/domain';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import { Contract } from '../contracts/contract.entity';
import type { Post } from './post.entity';

/*
 * The link between posts and service contracts, in one place.
 *
 * DESIGN.md rule 1: a post belongs to a contract (post.contract_id NOT NULL, fk_post_contract),
 * is planned while the contract is a DRAFT (so the roster can be filed before service starts)
 * and worked only while it is ACTIVE.
 */

/**
 * The contract a post of the company may hang off: the company's own (NOT_FOUND otherwise), not
 * terminated (ILLEGAL_TRANSITION), and at the post's customer unit when one is given.
 */
export async function assertContractLink(
  em: EntityManager,
  companyId: string,
  contractId: string,
  customerUnitId?: string,
): Promise<Contract> {
  const contract = await em
    .getRepository(Contract)
    .createQueryBuilder('c')
    .where('c.id = :contractId AND c.companyId = :companyId', { contractId, companyId })
    .setLock('pessimistic_read')
    .getOne();
  if (!contract) throw new NotFoundError('Contract', contractId);
  if (contract.status === ContractStatus.TERMINATED) throw contractEnded(contract);
  if (customerUnitId && contract.customerUnitId !== customerUnitId) {
    const message = "The contract is with another customer unit than the post's";
    throw new BadUserInputError(message, { contractId: [message] });
  }
  return contract;
}

/** The post's contract, read under a share lock so it cannot change status while the act commits. */
async function contractOf(em: EntityManager, post: Post): Promise<Contract> {
  return em
    .getRepository(Contract)
    .createQueryBuilder('c')
    .where('c.id = :id', { id: post.contractId })
    .setLock('pessimistic_read')
    .getOneOrFail();
}

function contractEnded(contract: Contract): DomainError {
  return new DomainError(DomainErrorCode.ILLEGAL_TRANSITION, 'The contract has been terminated', {
    entity: 'Post',
    reason: 'CONTRACT_TERMINATED',
    contractStatus: contract.status,
  });
}

/** Refuses planning shifts at a post whose contract has ended (a DRAFT or ACTIVE contract may be planned). */
export async function assertPostPlannable(em: EntityManager, post: Post): Promise<void> {
  const contract = await contractOf(em, post);
  if (contract.status === ContractStatus.TERMINATED) throw contractEnded(contract);
}

/**
 * Refuses working a post — acknowledging its orders at the start of a shift, starting a
 * handover, logging an inquiry — unless its contract is ACTIVE.
 */
export async function assertPostWorkable(em: EntityManager, post: Post): Promise<void> {
  const contract = await contractOf(em, post);
  if (contract.status !== ContractStatus.ACTIVE) {
    throw new DomainError(
      DomainErrorCode.ILLEGAL_TRANSITION,
      contract.status === ContractStatus.DRAFT
        ? 'The post is worked only once its contract is active'
        : 'The contract has been terminated',
      { entity: 'Post', reason: 'CONTRACT_NOT_ACTIVE', contractStatus: contract.status },
    );
  }
}
