import { useSubscription } from '@cqss/api-client';
import type { MaybeRefOrGetter } from 'vue';
import { graphql } from '../../gql';

/** Each logged, escalated, answered or replied inquiry the caller may see, as it happens. */
export const InquiryChangedDocument = graphql(/* GraphQL */ `
  subscription InquiryChanged {
    inquiryChanged {
      id
      state
    }
  }
`);

/** Calls `onChange` after each step of an inquiry of the caller's, while the caller lives. */
export function useInquiryEvents(onChange: () => void, enabled?: MaybeRefOrGetter<boolean>) {
  return useSubscription(InquiryChangedDocument, () => onChange(), { enabled });
}
