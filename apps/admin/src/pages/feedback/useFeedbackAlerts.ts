import { useSubscription } from '@cqss/api-client';
import { graphql } from '../../gql';
import type { FeedbackAlertRaisedSubscription } from '../../gql/graphql';

export const FeedbackAlertRaisedDocument = graphql(/* GraphQL */ `
  subscription FeedbackAlertRaised {
    feedbackAlertRaised {
      id
      kind
      rating
      createdAt
      customerUnit {
        id
        name
      }
      post {
        id
        name
      }
      feedback {
        id
        comment
      }
    }
  }
`);

export type RaisedAlert = FeedbackAlertRaisedSubscription['feedbackAlertRaised'];

/**
 * Calls `onAlert` for each low-rating alert the server raises for the signed-in supervisor,
 * while the caller lives (a dropped socket is retried; the alert list is there to catch up).
 */
export function useFeedbackAlerts(onAlert: (alert: RaisedAlert) => void) {
  return useSubscription(FeedbackAlertRaisedDocument, (data) => onAlert(data.feedbackAlertRaised));
}
