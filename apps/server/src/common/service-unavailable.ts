import type { ApolloServerPlugin } from '@apollo/server';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../database/unavailable';

/**
 * An operation that failed because PostgreSQL cannot be reached answers HTTP 503 with
 * Retry-After (its errors are SERVICE_UNAVAILABLE, see format-error), so clients and the
 * proxy treat it as an outage to wait out, not as a bug.
 */
export function serviceUnavailable(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, response }) {
          if (!errors.some((e) => isDatabaseUnavailable(e.originalError))) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
