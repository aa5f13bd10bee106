import { useApiClient } from '@cqss/api-client';
import { onScopeDispose } from 'vue';
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

/** Calls `onAlert` for each low-rating alert the server raises for the signed-in supervisor, while the caller lives. */
export function useFeedbackAlerts(onAlert: (alert: RaisedAlert) => void): void {
  const client = useApiClient();
  const subscription = client.subscribe({ query: FeedbackAlertRaisedDocument }).subscribe({
    next: (result) => {
      if (result.data) onAlert(result.data.feedbackAlertRaised);
    },
    // A dropped socket is retried by the client; the alert list is there to catch up.
    error: () => undefined,
  });
  onScopeDispose(() => subscription.unsubscribe());
}
