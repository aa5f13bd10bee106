import { graphql } from './gql';

/** The signed-in user as every console shows them (header, home page, role checks). */
export const MeDocument = graphql(/* GraphQL */ `
  query Me {
    me {
      id
      username
      displayName
      role
      mustChangePassword
      company {
        id
        name
      }
      policeOrgan {
        id
        name
        jurisdictionName
      }
    }
  }
`);

export const LoginDocument = graphql(/* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      id
      username
      displayName
      role
      mustChangePassword
      company {
        id
        name
      }
      policeOrgan {
        id
        name
        jurisdictionName
      }
    }
  }
`);

export const LogoutDocument = graphql(/* GraphQL */ `
  mutation Logout {
    logout
  }
`);
