import { graphql } from './gql';

// Its own module: only the change-password screen loads it, not the login screen.
/** Every user changes their own password; a one-time one must be changed before anything else. */
export const ChangePasswordDocument = graphql(/* GraphQL */ `
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      id
      mustChangePassword
    }
  }
`);
