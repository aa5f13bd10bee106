import { gqlFetch, toApiError } from '@cqss/api-client/fetch';
import { shallowRef } from 'vue';
import { outbox } from './feedback';
import { graphql } from './gql';
import type { KioskQuery } from './gql/graphql';

const KioskDocument = graphql(/* GraphQL */ `
  query Kiosk {
    kiosk {
      deviceName
      customerUnitName
      postName
      settings {
        minIntervalSeconds
        maxPerHour
        commentMax
        tags
      }
    }
  }
`);

const PairKioskDocument = graphql(/* GraphQL */ `
  mutation PairKiosk($input: PairKioskInput!) {
    pairKiosk(input: $input) {
      deviceName
      customerUnitName
      postName
      settings {
        minIntervalSeconds
        maxPerHour
        commentMax
        tags
      }
    }
  }
`);

export type KioskSession = KioskQuery['kiosk'];

const SESSION_KEY = 'cqss.kiosk.session.v1';

function remembered(): KioskSession | null {
  try {
    const raw = globalThis.localStorage?.getItem(SESSION_KEY);
    return raw ? (JSON.parse(raw) as KioskSession) : null;
  } catch {
    return null;
  }
}

function remember(value: KioskSession | null) {
  try {
    if (value) globalThis.localStorage?.setItem(SESSION_KEY, JSON.stringify(value));
    else globalThis.localStorage?.removeItem(SESSION_KEY);
  } catch {
    // Private mode or full: the kiosk still works while the page is open.
  }
}

/** The unit this device is paired with; null until known or when not paired. */
export const session = shallowRef<KioskSession | null>(null);
/** The last failure to reach the server while asking who we are. */
export const connectionError = shallowRef<unknown>(null);
/** The device was paired on this tablet before, and the server no longer knows it (revoked). */
export const pairingLost = shallowRef(false);

/**
 * Asks the server which unit this device belongs to. Not paired (UNAUTHENTICATED, or FORBIDDEN
 * for a browser with someone's user session) → null, and `pairingLost` if it was paired before.
 * No answer → the unit remembered from the last answer, so a paired kiosk keeps taking ratings
 * offline; throws only when there is nothing remembered.
 */
export async function loadSession(): Promise<KioskSession | null> {
  try {
    const { kiosk } = await gqlFetch(KioskDocument);
    session.value = kiosk;
    remember(kiosk);
    connectionError.value = null;
    pairingLost.value = false;
    outbox.markOnline();
    return kiosk;
  } catch (error) {
    const { code } = toApiError(error);
    if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') {
      pairingLost.value = pairingLost.value || remembered() !== null || session.value !== null;
      session.value = null;
      connectionError.value = null;
      return null;
    }
    connectionError.value = error;
    outbox.markOffline();
    const known = session.value ?? remembered();
    if (known) {
      session.value = known;
      return known;
    }
    throw error;
  }
}

/** Letters and digits only, upper-case: people type codes with spaces, dashes and small letters. */
export function normalizeCode(raw: string): string {
  return raw.replace(/[^0-9a-z]/gi, '').toUpperCase();
}

/** Pairs with the one-time code; the server sets the device cookie. Kept ratings then go out. */
export async function pair(code: string): Promise<KioskSession> {
  const { pairKiosk } = await gqlFetch(PairKioskDocument, { input: { code: normalizeCode(code) } });
  session.value = pairKiosk;
  remember(pairKiosk);
  pairingLost.value = false;
  connectionError.value = null;
  outbox.resume();
  return pairKiosk;
}
