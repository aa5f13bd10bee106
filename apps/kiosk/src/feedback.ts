import { gqlFetch, toApiError } from '@cqss/api-client/fetch';
import { graphql } from './gql';
import { Outbox, type QueuedRating, type SendResult } from './outbox';

const SubmitFeedbackDocument = graphql(/* GraphQL */ `
  mutation SubmitFeedback($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) {
      id
    }
  }
`);

/** What a failed send means for the queue, by the error's code. */
export function sendResultOf(error: unknown): SendResult {
  const { code } = toApiError(error);
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return 'unpaired';
  // The rate limit is final for that rating, and bad input will not get better by retrying.
  // An amendment too late or for another kiosk's rating is refused for good too: the rating stays.
  if (
    code === 'RATE_LIMITED' ||
    code === 'BAD_USER_INPUT' ||
    code === 'GRAPHQL_VALIDATION_FAILED' ||
    code === 'AMEND_WINDOW_CLOSED' ||
    code === 'FEEDBACK_OTHER_DEVICE'
  )
    return 'refused';
  // Everything else (no answer, SERVICE_UNAVAILABLE while the database is down, a server in
  // trouble) is an outage: the rating stays queued and goes again with the same key.
  return 'retry';
}

async function send(r: QueuedRating): Promise<SendResult> {
  try {
    await gqlFetch(SubmitFeedbackDocument, {
      input: {
        idempotencyKey: r.key,
        rating: r.rating,
        tags: r.tags,
        comment: r.comment,
        recordedAt: r.recordedAt,
        amendedAt: r.amendedAt,
      },
    });
    return 'stored';
  } catch (error) {
    return sendResultOf(error);
  }
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The kiosk's one outbox. */
export const outbox = new Outbox({ storage: storage(), send });

// The network coming back is a good moment to try at once.
globalThis.addEventListener?.('online', () => outbox.markOnline());
