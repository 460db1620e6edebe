// The GraphQL operations the example sends, as Apollo documents.
import { gql } from '@apollo/client/core/index.js';

export const INGEST_BATCH = gql`
  mutation IngestShopperHistory($userId: ID!, $inputs: [IngestInput!]!) {
    ingestBatch(userId: $userId, inputs: $inputs) {
      duplicate
      episode {
        id
      }
    }
  }
`;

// `sources` are the episodes an item came from, most recent first: their time tells which word on a taste is latest.
export const RECALL = gql`
  query RecallPreferences($userId: ID!, $input: RecallInput!) {
    recall(userId: $userId, input: $input) {
      kind
      id
      text
      score
      sources {
        occurredAt
      }
    }
  }
`;

// A mutation: answering reinforces the memories it used (see README, Activation and forgetting).
export const RAG_QUERY = gql`
  mutation AskForRecommendations($userId: ID!, $input: RagQueryInput!) {
    ragQuery(userId: $userId, input: $input) {
      answer
      context {
        kind
        id
        text
        score
        sources {
          occurredAt
        }
      }
      usage {
        provider
        model
      }
    }
  }
`;
