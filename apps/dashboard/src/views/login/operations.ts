import { graphql } from '../../gql';

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        email
        name
        role
      }
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      email
      name
      role
    }
  }
`);
