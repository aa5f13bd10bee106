import { jurisdictionPrefix } from '@cqss/domain';
import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Principal, UserPrincipal } from '../modules/auth/principal';
import type { Context } from './context';
import { ForbiddenError, UnauthenticatedError } from './errors';

/**
 * How an entity's rows belong to tenants: the property holding the owning company, the
 * officer's organ, or the service location (a division code) an officer's jurisdiction covers.
 */
export interface Tenancy {
  company?: string;
  organ?: string;
  location?: string;
}

type TenantEntity<T> = EntityTarget<T> & { tenancy: Tenancy };

/** Confines a query to the caller's rows; every query of tenant data goes through here. */
export function applyScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  tenancy: Tenancy,
  principal: Principal | null,
): SelectQueryBuilder<T> {
  if (!principal) throw new UnauthenticatedError();
  if (principal.kind === 'kiosk') throw new ForbiddenError();
  if (principal.companyId) {
    if (!tenancy.company) throw new ForbiddenError();
    return qb.andWhere(`${alias}.${tenancy.company} = :scopeCompanyId`, {
      scopeCompanyId: principal.companyId,
    });
  }
  return scopeToOfficer(qb, alias, tenancy, principal);
}

/**
 * The caller's company, for the few reads that must stay plain SQL (an aggregate the query
 * builder cannot express): the same refusals as `applyScope` for a caller of no company.
 */
export function scopeCompanyId(principal: Principal | null): string {
  if (!principal) throw new UnauthenticatedError();
  if (principal.kind === 'kiosk' || !principal.companyId) throw new ForbiddenError();
  return principal.companyId;
}

function scopeToOfficer<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  tenancy: Tenancy,
  principal: UserPrincipal,
): SelectQueryBuilder<T> {
  if (tenancy.organ && principal.policeOrganId) {
    return qb.andWhere(`${alias}.${tenancy.organ} = :scopeOrganId`, {
      scopeOrganId: principal.policeOrganId,
    });
  }
  if (tenancy.location && principal.organDivisionCode) {
    return qb.andWhere(`${alias}.${tenancy.location} LIKE :scopePrefix`, {
      scopePrefix: `${jurisdictionPrefix(principal.organDivisionCode)}%`,
    });
  }
  throw new ForbiddenError();
}

/**
 * A query builder over an entity, already confined to the caller's tenant; pass the
 * transaction's manager to read (and lock) rows inside a transaction.
 */
export function scopedQuery<T extends ObjectLiteral>(
  ctx: Context,
  entity: TenantEntity<T>,
  alias: string,
  manager: EntityManager = ctx.app.dataSource.manager,
): SelectQueryBuilder<T> {
  const qb = manager.getRepository(entity).createQueryBuilder(alias);
  return applyScope(qb, alias, entity.tenancy, ctx.principal);
}
