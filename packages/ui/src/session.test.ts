import type { ApolloClient } from '@cqss/api-client';
import { describe, expect, it, vi } from 'vitest';
import type { RouteLocationNormalized } from 'vue-router';
import { otherAppFor, sessionGuard } from './session';

const COMPANY = ['COMPANY_ADMIN', 'DUTY_SUPERVISOR', 'GUARD'] as const;

describe('otherAppFor', () => {
  it.each([
    ['COMPANY_ADMIN', COMPANY, null],
    ['GUARD', COMPANY, null],
    ['POLICE_OFFICER', COMPANY, 'police'],
    ['COMPANY_ADMIN', ['POLICE_OFFICER'], 'admin'],
    ['KIOSK', ['POLICE_OFFICER'], 'kiosk'],
  ] as const)('%s in an app for %j → %s', (role, allowed, expected) => {
    expect(otherAppFor(role, allowed)).toBe(expected);
  });
});

describe('sessionGuard', () => {
  const route = (fullPath: string, meta = {}) => ({ fullPath, meta }) as RouteLocationNormalized;
  const guardWith = (query: () => Promise<unknown>) =>
    sessionGuard({ query: vi.fn(query) } as unknown as ApolloClient, COMPANY);
  // NavigationGuard's declared signature takes (to, from, next); ours only reads `to`.
  const run = (guard: ReturnType<typeof guardWith>, to: RouteLocationNormalized) =>
    (guard as (to: RouteLocationNormalized) => unknown)(to);

  it('lets anyone reach public routes', async () => {
    const guard = guardWith(() => Promise.reject(new Error('not called')));
    expect(await run(guard, route('/login', { public: true }))).toBe(true);
  });

  it('sends a visitor without a session to login, remembering where they were going', async () => {
    const guard = guardWith(() =>
      Promise.reject({ errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    expect(await run(guard, route('/units?page=2'))).toEqual({
      name: 'login',
      query: { redirect: '/units?page=2' },
    });
  });

  it('lets a user of this app through', async () => {
    const guard = guardWith(async () => ({ data: { me: { role: 'GUARD' } } }));
    expect(await run(guard, route('/'))).toBe(true);
  });

  it('sends a user of another app to login with their role', async () => {
    const guard = guardWith(async () => ({ data: { me: { role: 'POLICE_OFFICER' } } }));
    expect(await run(guard, route('/'))).toEqual({
      name: 'login',
      query: { wrongRole: 'POLICE_OFFICER' },
    });
  });

  it('sends a user with a one-time password to change it, wherever they were going', async () => {
    const guard = guardWith(async () => ({
      data: { me: { role: 'GUARD', mustChangePassword: true } },
    }));
    expect(await run(guard, route('/on-duty'))).toEqual({
      name: 'change-password',
      query: { redirect: '/on-duty' },
    });
    const there = { ...route('/password'), name: 'change-password' } as RouteLocationNormalized;
    expect(await run(guard, there)).toBe(true);
  });
});
