import { QueryFailedError } from 'typeorm';

/** The PostgreSQL error code and constraint of a failed statement, or null for any other error. */
export function pgError(error: unknown): { code: string; constraint: string | null } | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driver = error.driverError as { code?: unknown; constraint?: unknown };
  return typeof driver.code === 'string'
    ? {
        code: driver.code,
        constraint: typeof driver.constraint === 'string' ? driver.constraint : null,
      }
    : null;
}

export const PG_UNIQUE_VIOLATION = '23505';
export const PG_EXCLUSION_VIOLATION = '23P01';
