import type { Role } from '@cqss/domain';
import type { AuthChecker } from 'type-graphql';
import type { Context } from './context';
import { ForbiddenError, UnauthenticatedError } from './errors';

/** `@Authorized()` needs a caller; `@Authorized(roles)` needs one of those roles. */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  const principal = context.principal;
  if (!principal) throw new UnauthenticatedError();
  if (roles.length > 0 && !roles.includes(principal.role)) throw new ForbiddenError();
  return true;
};
