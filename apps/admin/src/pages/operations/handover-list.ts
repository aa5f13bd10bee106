import { graphql } from '../../gql';

/** The handovers, a page at a time: all the caller may see, or those of a post, a guard, a state, some days. */
export const HandoverListDocument = graphql(/* GraphQL */ `
  query HandoverList(
    $first: Int!
    $after: String
    $postId: ID
    $guardId: ID
    $state: HandoverState
    $from: DateTimeISO
    $to: DateTimeISO
  ) {
    handovers(
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
        ...HandoverRecordFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
