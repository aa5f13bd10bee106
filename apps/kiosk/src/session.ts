import { gqlFetch, toApiError } from '@cqss/api-client/fetch';
import { shallowRef } from 'vue';
import { graphql } from './gql';
import type { KioskQuery } from './gql/graphql';

const KioskDocument = graphql(/* GraphQL */ `
  query Kiosk {
    kiosk {
      deviceName
      customerUnitName
      postName
    }
  }
`);

const PairKioskDocument = graphql(/* GraphQL */ `
  mutation PairKiosk($input: PairKioskInput!) {
    pairKiosk(input: $input) {
      deviceName
      customerUnitName
      postName
    }
  }
`);

export type KioskSession = KioskQuery['kiosk'];

/** The unit this device is paired with; null until known or when not paired. */
export const session = shallowRef<KioskSession | null>(null);
/** The last failure to reach the server while asking who we are. */
export const connectionError = shallowRef<unknown>(null);

/**
 * Asks the server which unit this device belongs to. Not paired (UNAUTHENTICATED, or
 * FORBIDDEN for a browser with someone's user session) → null; no answer → throws.
 */
export async function loadSession(): Promise<KioskSession | null> {
  try {
    const { kiosk } = await gqlFetch(KioskDocument);
    session.value = kiosk;
    connectionError.value = null;
    return kiosk;
  } catch (error) {
    const { code } = toApiError(error);
    if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') {
      session.value = null;
      connectionError.value = null;
      return null;
    }
    connectionError.value = error;
    throw error;
  }
}

/** Letters and digits only, upper-case: people type codes with spaces, dashes and small letters. */
export function normalizeCode(raw: string): string {
  return raw.replace(/[^0-9a-z]/gi, '').toUpperCase();
}

/** Pairs with the one-time code; the server sets the device cookie. */
export async function pair(code: string): Promise<KioskSession> {
  const { pairKiosk } = await gqlFetch(PairKioskDocument, { input: { code: normalizeCode(code) } });
  session.value = pairKiosk;
  return pairKiosk;
}
