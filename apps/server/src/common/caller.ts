import type { UserPrincipal } from '../modules/auth/principal';
import type { Context } from './context';
import { ForbiddenError, UnauthenticatedError } from './errors';

/** The signed-in company user making the request (resolvers have checked the role already). */
export function companyUser(ctx: Context): UserPrincipal & { companyId: string } {
  const p = ctx.principal;
  if (!p) throw new UnauthenticatedError();
  if (p.kind !== 'user' || !p.companyId) throw new ForbiddenError();
  return p as UserPrincipal & { companyId: string };
}

/** The guard record of the GUARD user making the request. */
export function callerGuardId(ctx: Context): string {
  const p = companyUser(ctx);
  if (p.role !== 'GUARD' || !p.guardId)
    throw new ForbiddenError('Only a guard on duty can do this');
  return p.guardId;
}
