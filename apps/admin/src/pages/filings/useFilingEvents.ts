import { useSubscription } from '@cqss/api-client';
import { graphql } from '../../gql';
import type { FilingEventsSubscription } from '../../gql/graphql';

/** Steps of the company's filings as the organ takes them (claim, return, acceptance). */
export const FilingEventsDocument = graphql(/* GraphQL */ `
  subscription FilingEvents {
    filingEvents {
      filingId
      status
      resubmission
      at
      filing {
        id
        status
        revision
        submittedAt
        project
      }
    }
  }
`);

export type FilingEvent = FilingEventsSubscription['filingEvents'];

/** Calls `onEvent` for each step of one of the company's filings, while the caller lives. */
export function useFilingEvents(onEvent: (event: FilingEvent) => void) {
  return useSubscription(FilingEventsDocument, (data) => onEvent(data.filingEvents));
}
