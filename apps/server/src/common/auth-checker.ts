import type { Role } from '@cqss/domain';
import type { AuthChecker } from 'type-graphql';
import type { Context } from './context';
import { ForbiddenError, PasswordChangeRequiredError, UnauthenticatedError } from './errors';

/** What a user with a one-time password may still call: who they are, and changing it. */
const WHILE_PASSWORD_CHANGE_REQUIRED = new Set(['me', 'changePassword']);

/**
 * `@Authorized()` needs a caller; `@Authorized(roles)` needs one of those roles. A user whose
 * password is one-time reaches no operation but `me` and `changePassword` (fields below those
 * are theirs to read).
 */
export const authChecker: AuthChecker<Context, Role> = ({ context, info }, roles) => {
  const principal = context.principal;
  if (!principal) throw new UnauthenticatedError();
  if (
    principal.kind === 'user' &&
    principal.mustChangePassword &&
    info.path.prev === undefined &&
    !WHILE_PASSWORD_CHANGE_REQUIRED.has(info.fieldName)
  )
    throw new PasswordChangeRequiredError();
  if (roles.length > 0 && !roles.includes(principal.role)) throw new ForbiddenError();
  return true;
};
