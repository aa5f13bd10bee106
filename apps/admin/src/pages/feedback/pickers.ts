import { graphql } from '../../gql';

/** The company's customer units, searched on the server, for the feedback pickers. */
export const KioskUnitOptionsDocument = graphql(/* GraphQL */ `
  query KioskUnitOptions($search: String, $first: Int) {
    customerUnits(search: $search, first: $first) {
      nodes {
        id
        name
      }
    }
  }
`);

/** The posts of one unit, searched on the server. */
export const KioskPostOptionsDocument = graphql(/* GraphQL */ `
  query KioskPostOptions($customerUnitId: ID, $search: String, $first: Int) {
    posts(customerUnitId: $customerUnitId, search: $search, first: $first) {
      nodes {
        id
        name
      }
    }
  }
`);
