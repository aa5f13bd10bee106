import {
  LogoutDocument,
  MeDocument,
  toApiError,
  type ApolloClient,
  type MeQuery,
  type Role,
} from '@cqss/api-client';
import { APP_OF_ROLE } from '@cqss/domain';
import type { NavigationGuard } from 'vue-router';

export type AppName = 'admin' | 'police' | 'kiosk';
export type SessionUser = MeQuery['me'];

/** The app a user of this role should use instead, or null when this app is theirs. */
export function otherAppFor(role: Role, allowedRoles: readonly Role[]): AppName | null {
  return allowedRoles.includes(role) ? null : APP_OF_ROLE[role];
}

/** The signed-in user from the cache or the server; null when nobody is signed in. */
export async function currentUser(client: ApolloClient): Promise<SessionUser | null> {
  try {
    const { data } = await client.query({ query: MeDocument, fetchPolicy: 'cache-first' });
    return data?.me ?? null;
  } catch (error) {
    if (toApiError(error).code === 'UNAUTHENTICATED') return null;
    throw error;
  }
}

/**
 * A router guard: pages need a user of one of `allowedRoles`; routes with `meta.public`
 * (the login page) do not. Anyone else goes to login, with where they were going; a user with
 * a one-time password goes to change it first.
 */
export function sessionGuard(client: ApolloClient, allowedRoles: readonly Role[]): NavigationGuard {
  return async (to) => {
    if (to.meta.public) return true;
    let user: SessionUser | null;
    try {
      user = await currentUser(client);
    } catch {
      // The server did not answer: let the page show its own error state.
      return true;
    }
    if (!user)
      return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    if (otherAppFor(user.role, allowedRoles))
      return { name: 'login', query: { wrongRole: user.role } };
    // A one-time password is changed before anything else.
    if (user.mustChangePassword && to.name !== 'change-password')
      return {
        name: 'change-password',
        query: to.fullPath === '/' ? {} : { redirect: to.fullPath },
      };
    return true;
  };
}

/** Ends the session on the server and forgets everything cached for this user. */
export async function signOut(client: ApolloClient): Promise<void> {
  await client.mutate({ mutation: LogoutDocument });
  await client.clearStore();
}
