import { useSubscription } from '@cqss/api-client';
import { graphql } from '../../gql';
import type { HandoverChangedSubscription } from '../../gql/graphql';

/** Each step of a handover the caller may see, as it is taken: the record lands in the cache. */
export const HandoverChangedDocument = graphql(/* GraphQL */ `
  subscription HandoverChanged {
    handoverChanged {
      id
      outgoingShiftId
      ...HandoverRecordFields
    }
  }
`);

export type HandoverChange = HandoverChangedSubscription['handoverChanged'];

/**
 * Calls `onChange` after each step of a handover of the caller's (a guard's own, the company's
 * for the office), while the caller lives: the screens follow the other party without polling.
 */
export function useHandoverEvents(onChange: (handover: HandoverChange) => void) {
  return useSubscription(HandoverChangedDocument, (data) => onChange(data.handoverChanged));
}
