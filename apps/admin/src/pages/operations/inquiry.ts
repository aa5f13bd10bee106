import { graphql } from '../../gql';

// An inquiry as the guard's log, the inquiry book, the supervisor's queue and the home page's
// escalation widget show it: the question and its answers, and how long an escalation has waited.
graphql(/* GraphQL */ `
  fragment InquiryFields on Inquiry {
    id
    state
    question
    answer
    reply
    createdAt
    escalatedAt
    repliedAt
    escalationAge {
      totalMinutes
      days
      hours
      minutes
    }
    post {
      id
      name
    }
    guard {
      id
      name
    }
    escalatedTo {
      id
      displayName
    }
    repliedBy {
      id
      displayName
    }
  }
`);

/** The inquiries, a page at a time: all the caller may see, or those of a post, a guard, a state, some days. */
export const InquiryListDocument = graphql(/* GraphQL */ `
  query InquiryList(
    $first: Int!
    $after: String
    $postId: ID
    $guardId: ID
    $state: InquiryState
    $from: DateTimeISO
    $to: DateTimeISO
  ) {
    inquiries(
      first: $first
      after: $after
      postId: $postId
      guardId: $guardId
      state: $state
      from: $from
      to: $to
    ) {
      nodes {
        id
        ...InquiryFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
