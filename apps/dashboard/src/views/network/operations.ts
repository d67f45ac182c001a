import { graphql } from '../../gql';

export const PartnershipNetworkQuery = graphql(`
  query PartnershipNetwork($at: String, $kinds: [PartnershipKind!]) {
    partnershipNetwork(at: $at, kinds: $kinds) {
      firstDate
      lastDate
      nodes {
        id
        name
        type
      }
      links {
        id
        from
        to
        kind
        date
        start
        description
        note
        source {
          id
          title
          url
          publisher
          published
          note
        }
      }
    }
  }
`);
