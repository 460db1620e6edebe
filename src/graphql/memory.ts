// The memory operations: ingest, ingestBatch, recall and ragQuery; thin resolvers over src/memory.
import { authorizeUser } from '../auth/index.ts';
import { ingestEpisodes } from '../memory/ingest/index.ts';
import { retryEpisode } from '../memory/ingest-worker/index.ts';
import { ragQuery } from '../memory/rag/index.ts';
import { createSourcesLoader, recallMemory } from '../memory/recall/index.ts';
import { perRequest } from './context.ts';
import type { GraphQLModule } from './module.ts';

export const memoryModule: GraphQLModule = {
  name: 'memory',
  typeDefs: /* GraphQL */ `
    input IngestInput {
      content: String!
      "Free text such as chat, x, browser, manual (default manual)."
      source: String
      "Your id for this input (message id, URL): ingesting the same sourceRef again is a no-op."
      sourceRef: String
      "When it happened; defaults to now."
      occurredAt: DateTime
      "Who said it: a name, or a chat role (user, assistant). Absent, user, or the user's name: the user's own words."
      speaker: String
      "The conversation (chat session, thread) it belongs to: consecutive turns give each other context."
      conversationId: String
    }
    input RecallInput {
      query: String!
      limit: Int = 10
      "Facts as they held at this time instead of now."
      asOf: DateTime
      "When the question is asked (default now): time in the query such as last month or in May resolves against it."
      at: DateTime
    }
    input RagQueryInput {
      query: String!
      limit: Int = 10
      "When the question is asked (default now), as in RecallInput."
      at: DateTime
    }
    enum MemoryKind {
      FACT
      ENTITY
      EPISODE
    }
    type MemoryItem {
      kind: MemoryKind!
      id: ID!
      "The fact's statement, the entity's name, type and summary, or the episode's content."
      text: String!
      "Fused relevance weighted by activation and recency; only the order is meaningful."
      score: Float!
      "When the episode happened, or when the fact began to hold (null for entities)."
      occurredAt: DateTime
      "The episodes this item is evidence from, most relevant to the query first (an episode cites itself; a fact or entity its few best sources)."
      sources: [Episode!]!
    }
    type LlmUsage {
      "The chat provider: openai or offline"
      provider: String!
      model: String!
      calls: Int!
      promptTokens: Int!
      completionTokens: Int!
      "openai or offline (chat and embeddings are configured apart)"
      chatProvider: String!
      chatModel: String!
      "openai, local or hash"
      embeddingProvider: String!
      embeddingModel: String!
    }
    "SYNC extracts before answering; ASYNC stores the raw episode at once and extracts it in the background."
    enum IngestMode {
      SYNC
      ASYNC
    }
    enum IngestStatus {
      "Extracted and written."
      DONE
      "Stored (recall finds it already); extraction follows in the background, announced as EPISODE_PROCESSED."
      QUEUED
      "Already ingested: nothing was written."
      DUPLICATE
    }
    type IngestResult {
      episode: Episode!
      status: IngestStatus!
      "True when this sourceRef (or, without one, this content) was already ingested: nothing was written."
      duplicate: Boolean!
      entitiesCreated: [Entity!]!
      "Existing entities this episode added aliases or summary to."
      entitiesUpdated: [Entity!]!
      factsCreated: [Fact!]!
      "Facts this episode showed no longer hold (kept, with validTo and invalidatedAt set)."
      factsInvalidated: [Fact!]!
      "Model calls that processed this episode; episodes packed into one call share it (QUEUED: the embeddings call only)."
      usage: LlmUsage!
      "How many episodes shared the model calls (0 for a duplicate)."
      packSize: Int!
    }
    type RagAnswer {
      answer: String!
      "False when the memory does not hold the answer."
      known: Boolean!
      "What recall gave the model, numbered 1..n in this order."
      context: [MemoryItem!]!
      "The context items the answer uses."
      citations: [MemoryItem!]!
      usage: LlmUsage!
    }
    type Query {
      "Hybrid retrieval over the user's facts, entities and episodes. No chat completion, one embeddings call."
      recall(userId: ID!, input: RecallInput!): [MemoryItem!]!
    }
    type Mutation {
      "Adds one episode to the user's graph: one extraction call, one embeddings call, one transaction."
      ingest(userId: ID!, input: IngestInput!, mode: IngestMode = SYNC): IngestResult!
      "Adds several episodes, in occurredAt order, packing several per model call; results in input order."
      ingestBatch(userId: ID!, inputs: [IngestInput!]!, mode: IngestMode = SYNC): [IngestResult!]!
      "Puts a FAILED episode back in the extraction queue."
      retryEpisode(userId: ID!, episodeId: ID!): Episode!
      "recall + one answering call that uses only the recalled context and cites it."
      ragQuery(userId: ID!, input: RagQueryInput!): RagAnswer!
    }
  `,
  resolvers: {
    Query: {
      async recall(_, args, context) {
        authorizeUser(context.viewer, args.userId);
        const { items } = await recallMemory(context.services, args.userId, args.input);
        return items;
      },
    },
    Mutation: {
      async ingest(_, args, context) {
        authorizeUser(context.viewer, args.userId);
        const [result] = await ingestEpisodes(context.services, args.userId, [args.input], args.mode);
        // One input, one result.
        return result!;
      },
      async ingestBatch(_, args, context) {
        authorizeUser(context.viewer, args.userId);
        return ingestEpisodes(context.services, args.userId, args.inputs, args.mode);
      },
      async retryEpisode(_, args, context) {
        authorizeUser(context.viewer, args.userId);
        return retryEpisode(context.services, args.userId, args.episodeId);
      },
      async ragQuery(_, args, context) {
        authorizeUser(context.viewer, args.userId);
        return ragQuery(context.services, args.userId, args.input);
      },
    },
    // Both sides of the configured provider, also for usage records made without a model call.
    LlmUsage: {
      chatProvider: (usage, _, context) => usage.chatProvider ?? context.services.llm.name,
      chatModel: (usage, _, context) => usage.chatModel ?? context.services.llm.chatModel,
      embeddingProvider: (usage, _, context) =>
        usage.embeddingProvider ?? context.services.llm.embeddingProvider ?? context.services.llm.name,
      embeddingModel: (usage, _, context) => usage.embeddingModel ?? context.services.llm.embeddingModel,
    },
    MemoryItem: {
      sources(item, _, context) {
        return perRequest(context, 'memory.sources', () => createSourcesLoader(context.services)).load(item);
      },
    },
  },
};
