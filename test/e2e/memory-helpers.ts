// Shared by the memory tests: the GraphQL documents and a count of one user's graph.
import type { Driver } from 'neo4j-driver';

export const INGEST = /* GraphQL */ `
  mutation Ingest($userId: ID!, $input: IngestInput!) {
    ingest(userId: $userId, input: $input) {
      duplicate
      packSize
      episode { id content source sourceRef occurredAt }
      entitiesCreated { id name type aliases }
      entitiesUpdated { id name aliases }
      factsCreated { id statement predicate validFrom validTo }
      factsInvalidated { id statement validTo invalidatedAt }
      usage { provider model calls promptTokens completionTokens }
    }
  }`;

export const INGEST_BATCH = /* GraphQL */ `
  mutation IngestBatch($userId: ID!, $inputs: [IngestInput!]!) {
    ingestBatch(userId: $userId, inputs: $inputs) {
      duplicate
      packSize
      episode { id sourceRef occurredAt }
      entitiesCreated { name }
      factsCreated { statement }
    }
  }`;

export const RECALL = /* GraphQL */ `
  query Recall($userId: ID!, $input: RecallInput!) {
    recall(userId: $userId, input: $input) { kind id text score occurredAt sources { id source sourceRef occurredAt } }
  }`;

export const RAG = /* GraphQL */ `
  mutation Rag($userId: ID!, $input: RagQueryInput!) {
    ragQuery(userId: $userId, input: $input) {
      answer
      known
      context { kind id text }
      citations { kind id text sources { id sourceRef } }
      usage { provider calls }
    }
  }`;

export interface IngestPayload {
  duplicate: boolean;
  packSize: number;
  episode: { id: string; content: string; source: string; sourceRef: string | null; occurredAt: string };
  entitiesCreated: Array<{ id: string; name: string; type: string; aliases: string[] }>;
  entitiesUpdated: Array<{ id: string; name: string; aliases: string[] }>;
  factsCreated: Array<{
    id: string;
    statement: string;
    predicate: string;
    validFrom: string;
    validTo: string | null;
  }>;
  factsInvalidated: Array<{ id: string; statement: string; validTo: string; invalidatedAt: string }>;
  usage: { provider: string; model: string; calls: number; promptTokens: number; completionTokens: number };
}

export interface RecalledItem {
  kind: 'FACT' | 'ENTITY' | 'EPISODE';
  id: string;
  text: string;
  score: number;
  occurredAt: string | null;
  sources: Array<{ id: string; source: string; sourceRef: string | null; occurredAt: string }>;
}

const COUNT = `
MATCH (n) WHERE n.userId = $userId OR (n:User AND n.id = $userId)
OPTIONAL MATCH (n)-[r]->()
RETURN count(DISTINCT n) AS nodes, count(r) AS relationships`;

/** Nodes and relationships of one user's graph (to show that a failed ingest wrote nothing). */
export async function graphSize(
  driver: Driver,
  userId: string,
): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(COUNT, { userId });
  return { nodes: records[0]!.get('nodes'), relationships: records[0]!.get('relationships') };
}
