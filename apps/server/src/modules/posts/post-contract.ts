import type { EntityManager } from 'typeorm';
import type { Post } from './post.entity';

/*
 * The link between posts and service contracts, in one place.
 *
 * DESIGN.md rule 1: a post belongs to a contract, is planned while the contract is a DRAFT
 * (so the roster can be filed before service starts) and worked only while it is ACTIVE.
 * Contracts are built on another branch (issue 3); until it merges, post.contract_id is a
 * nullable uuid without a foreign key and these checks pass. MERGE(issue 3): add
 * fk_post_contract, make contract_id NOT NULL once every post has one, and fill these in.
 */

/** Refuses a contract link the caller's company may not use (unknown, other company's, terminated). */
export async function assertContractLink(
  _em: EntityManager,
  _companyId: string,
  _contractId: string | null,
): Promise<void> {
  // MERGE(issue 3): the contract must exist in the company (NOT_FOUND) and not be TERMINATED.
}

/** Refuses planning shifts at a post whose contract has ended (a DRAFT or ACTIVE contract may be planned). */
export async function assertPostPlannable(_em: EntityManager, _post: Post): Promise<void> {
  // MERGE(issue 3): load post.contractId FOR SHARE; TERMINATED (or no contract) → ILLEGAL_TRANSITION.
}

/**
 * Refuses working a post — acknowledging its orders at the start of a shift, starting a
 * handover, logging an inquiry — unless its contract is ACTIVE.
 */
export async function assertPostWorkable(_em: EntityManager, _post: Post): Promise<void> {
  // MERGE(issue 3): load post.contractId; anything but ACTIVE → ILLEGAL_TRANSITION
  // { entity: 'Post', reason: 'CONTRACT_NOT_ACTIVE', contractStatus }.
}
