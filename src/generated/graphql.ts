/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { IngestResult as IngestResultModel } from '../memory/ingest/index.ts';
import type { MemoryItem as MemoryItemModel } from '../memory/recall/index.ts';
import type { RagAnswer as RagAnswerModel } from '../memory/rag/index.ts';
import type { LlmUsage as LlmUsageModel } from '../llm/index.ts';
import type { GraphUpdate as GraphUpdateModel } from '../events/index.ts';
import type { GraphQLContext } from '../graphql/context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date and time, represented as an ISO-8601 string */
  DateTime: { input: string; output: string; }
};

/** Boolean filters */
export type BooleanScalarFilters = {
  eq?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Boolean mutations */
export type BooleanScalarMutations = {
  set?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ConnectionAggregationCountFilterInput = {
  edges?: InputMaybe<IntScalarFilters>;
  nodes?: InputMaybe<IntScalarFilters>;
};

export type Count = {
  __typename?: 'Count';
  nodes: Scalars['Int']['output'];
};

export type CountConnection = {
  __typename?: 'CountConnection';
  edges: Scalars['Int']['output'];
  nodes: Scalars['Int']['output'];
};

export type CreateEntitiesMutationResponse = {
  __typename?: 'CreateEntitiesMutationResponse';
  entities: Array<Entity>;
  info: CreateInfo;
};

export type CreateEpisodesMutationResponse = {
  __typename?: 'CreateEpisodesMutationResponse';
  episodes: Array<Episode>;
  info: CreateInfo;
};

export type CreateFactsMutationResponse = {
  __typename?: 'CreateFactsMutationResponse';
  facts: Array<Fact>;
  info: CreateInfo;
};

/** Information about the number of nodes and relationships created during a create mutation */
export type CreateInfo = {
  __typename?: 'CreateInfo';
  nodesCreated: Scalars['Int']['output'];
  relationshipsCreated: Scalars['Int']['output'];
};

export type CreateUsersMutationResponse = {
  __typename?: 'CreateUsersMutationResponse';
  info: CreateInfo;
  users: Array<User>;
};

export type DateTimeAggregateSelection = {
  __typename?: 'DateTimeAggregateSelection';
  max?: Maybe<Scalars['DateTime']['output']>;
  min?: Maybe<Scalars['DateTime']['output']>;
};

/** Filters for an aggregation of an DateTime input field */
export type DateTimeScalarAggregationFilters = {
  max?: InputMaybe<DateTimeScalarFilters>;
  min?: InputMaybe<DateTimeScalarFilters>;
};

/** DateTime filters */
export type DateTimeScalarFilters = {
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  lte?: InputMaybe<Scalars['DateTime']['input']>;
};

/** DateTime mutations */
export type DateTimeScalarMutations = {
  set?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Information about the number of nodes and relationships deleted during a delete mutation */
export type DeleteInfo = {
  __typename?: 'DeleteInfo';
  nodesDeleted: Scalars['Int']['output'];
  relationshipsDeleted: Scalars['Int']['output'];
};

export type EntitiesConnection = {
  __typename?: 'EntitiesConnection';
  aggregate: EntityAggregate;
  edges: Array<EntityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A person, place, organisation, product, interest, goal, habit, event, concept... */
export type Entity = {
  __typename?: 'Entity';
  accessCount?: Maybe<Scalars['Int']['output']>;
  /** Current activation (higher = more used, more recently). See docs/activation-and-forgetting.md. */
  activation?: Maybe<Scalars['Float']['output']>;
  aliases: Array<Scalars['String']['output']>;
  /** Archived memories are hidden from recall until they come up again. */
  archived?: Maybe<Scalars['Boolean']['output']>;
  /** When the forgetting pass archived it; after FORGET_RETENTION_DAYS archived it is deleted. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  episodes: Array<Episode>;
  episodesConnection: EntityEpisodesConnection;
  factsAsObject: Array<Fact>;
  factsAsObjectConnection: EntityFactsAsObjectConnection;
  factsAsSubject: Array<Fact>;
  factsAsSubjectConnection: EntityFactsAsSubjectConnection;
  id: Scalars['ID']['output'];
  lastAccessedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** Pinned memories never decay. */
  pinned?: Maybe<Scalars['Boolean']['output']>;
  summary?: Maybe<Scalars['String']['output']>;
  /** Open set: person, place, organization, product, interest, goal, habit, event, concept, ... */
  type: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  userId: Scalars['ID']['output'];
};


/** A person, place, organisation, product, interest, goal, habit, event, concept... */
export type EntityEpisodesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EpisodeSort>>;
  where?: InputMaybe<EpisodeWhere>;
};


/** A person, place, organisation, product, interest, goal, habit, event, concept... */
export type EntityEpisodesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntityEpisodesConnectionSort>>;
  where?: InputMaybe<EntityEpisodesConnectionWhere>;
};


/** A person, place, organisation, product, interest, goal, habit, event, concept... */
export type EntityFactsAsObjectArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FactSort>>;
  where?: InputMaybe<FactWhere>;
};


/** A person, place, organisation, product, interest, goal, habit, event, concept... */
export type EntityFactsAsObjectConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntityFactsAsObjectConnectionSort>>;
  where?: InputMaybe<EntityFactsAsObjectConnectionWhere>;
};


/** A person, place, organisation, product, interest, goal, habit, event, concept... */
export type EntityFactsAsSubjectArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FactSort>>;
  where?: InputMaybe<FactWhere>;
};


/** A person, place, organisation, product, interest, goal, habit, event, concept... */
export type EntityFactsAsSubjectConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntityFactsAsSubjectConnectionSort>>;
  where?: InputMaybe<EntityFactsAsSubjectConnectionWhere>;
};

export type EntityAggregate = {
  __typename?: 'EntityAggregate';
  count: Count;
  node: EntityAggregateNode;
};

export type EntityAggregateNode = {
  __typename?: 'EntityAggregateNode';
  accessCount: IntAggregateSelection;
  activation: FloatAggregateSelection;
  archivedAt: DateTimeAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  lastAccessedAt: DateTimeAggregateSelection;
  name: StringAggregateSelection;
  summary: StringAggregateSelection;
  type: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
};

export type EntityConnectInput = {
  episodes?: InputMaybe<Array<EntityEpisodesConnectFieldInput>>;
  factsAsObject?: InputMaybe<Array<EntityFactsAsObjectConnectFieldInput>>;
  factsAsSubject?: InputMaybe<Array<EntityFactsAsSubjectConnectFieldInput>>;
};

export type EntityConnectWhere = {
  node: EntityWhere;
};

export type EntityCreateInput = {
  accessCount?: InputMaybe<Scalars['Int']['input']>;
  activation?: InputMaybe<Scalars['Float']['input']>;
  aliases: Array<Scalars['String']['input']>;
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  archivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  episodes?: InputMaybe<EntityEpisodesFieldInput>;
  factsAsObject?: InputMaybe<EntityFactsAsObjectFieldInput>;
  factsAsSubject?: InputMaybe<EntityFactsAsSubjectFieldInput>;
  lastAccessedAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  pinned?: InputMaybe<Scalars['Boolean']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  type: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};

export type EntityDeleteInput = {
  episodes?: InputMaybe<Array<EntityEpisodesDeleteFieldInput>>;
  factsAsObject?: InputMaybe<Array<EntityFactsAsObjectDeleteFieldInput>>;
  factsAsSubject?: InputMaybe<Array<EntityFactsAsSubjectDeleteFieldInput>>;
};

export type EntityDisconnectInput = {
  episodes?: InputMaybe<Array<EntityEpisodesDisconnectFieldInput>>;
  factsAsObject?: InputMaybe<Array<EntityFactsAsObjectDisconnectFieldInput>>;
  factsAsSubject?: InputMaybe<Array<EntityFactsAsSubjectDisconnectFieldInput>>;
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

export type EntityEpisodeEpisodesAggregateSelection = {
  __typename?: 'EntityEpisodeEpisodesAggregateSelection';
  count: CountConnection;
  node?: Maybe<EntityEpisodeEpisodesNodeAggregateSelection>;
};

export type EntityEpisodeEpisodesNodeAggregateSelection = {
  __typename?: 'EntityEpisodeEpisodesNodeAggregateSelection';
  attempts: IntAggregateSelection;
  content: StringAggregateSelection;
  contentHash: StringAggregateSelection;
  conversationId: StringAggregateSelection;
  ingestedAt: DateTimeAggregateSelection;
  occurredAt: DateTimeAggregateSelection;
  processedAt: DateTimeAggregateSelection;
  processingError: StringAggregateSelection;
  source: StringAggregateSelection;
  sourceRef: StringAggregateSelection;
  speaker: StringAggregateSelection;
  turn: IntAggregateSelection;
};

export type EntityEpisodesAggregateInput = {
  AND?: InputMaybe<Array<EntityEpisodesAggregateInput>>;
  NOT?: InputMaybe<EntityEpisodesAggregateInput>;
  OR?: InputMaybe<Array<EntityEpisodesAggregateInput>>;
  count?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: InputMaybe<Scalars['Int']['input']>;
  node?: InputMaybe<EntityEpisodesNodeAggregationWhereInput>;
};

export type EntityEpisodesConnectFieldInput = {
  connect?: InputMaybe<Array<EpisodeConnectInput>>;
  where?: InputMaybe<EpisodeConnectWhere>;
};

export type EntityEpisodesConnection = {
  __typename?: 'EntityEpisodesConnection';
  aggregate: EntityEpisodeEpisodesAggregateSelection;
  edges: Array<EntityEpisodesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntityEpisodesConnectionAggregateInput = {
  AND?: InputMaybe<Array<EntityEpisodesConnectionAggregateInput>>;
  NOT?: InputMaybe<EntityEpisodesConnectionAggregateInput>;
  OR?: InputMaybe<Array<EntityEpisodesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<EntityEpisodesNodeAggregationWhereInput>;
};

export type EntityEpisodesConnectionFilters = {
  /** Filter Entities by aggregating results on related EntityEpisodesConnections */
  aggregate?: InputMaybe<EntityEpisodesConnectionAggregateInput>;
  /** Return Entities where all of the related EntityEpisodesConnections match this filter */
  all?: InputMaybe<EntityEpisodesConnectionWhere>;
  /** Return Entities where none of the related EntityEpisodesConnections match this filter */
  none?: InputMaybe<EntityEpisodesConnectionWhere>;
  /** Return Entities where one of the related EntityEpisodesConnections match this filter */
  single?: InputMaybe<EntityEpisodesConnectionWhere>;
  /** Return Entities where some of the related EntityEpisodesConnections match this filter */
  some?: InputMaybe<EntityEpisodesConnectionWhere>;
};

export type EntityEpisodesConnectionSort = {
  node?: InputMaybe<EpisodeSort>;
};

export type EntityEpisodesConnectionWhere = {
  AND?: InputMaybe<Array<EntityEpisodesConnectionWhere>>;
  NOT?: InputMaybe<EntityEpisodesConnectionWhere>;
  OR?: InputMaybe<Array<EntityEpisodesConnectionWhere>>;
  node?: InputMaybe<EpisodeWhere>;
};

export type EntityEpisodesCreateFieldInput = {
  node: EpisodeCreateInput;
};

export type EntityEpisodesDeleteFieldInput = {
  delete?: InputMaybe<EpisodeDeleteInput>;
  where?: InputMaybe<EntityEpisodesConnectionWhere>;
};

export type EntityEpisodesDisconnectFieldInput = {
  disconnect?: InputMaybe<EpisodeDisconnectInput>;
  where?: InputMaybe<EntityEpisodesConnectionWhere>;
};

export type EntityEpisodesFieldInput = {
  connect?: InputMaybe<Array<EntityEpisodesConnectFieldInput>>;
  create?: InputMaybe<Array<EntityEpisodesCreateFieldInput>>;
};

export type EntityEpisodesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<EntityEpisodesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<EntityEpisodesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<EntityEpisodesNodeAggregationWhereInput>>;
  attempts?: InputMaybe<IntScalarAggregationFilters>;
  content?: InputMaybe<StringScalarAggregationFilters>;
  contentHash?: InputMaybe<StringScalarAggregationFilters>;
  conversationId?: InputMaybe<StringScalarAggregationFilters>;
  ingestedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  occurredAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  processedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  processingError?: InputMaybe<StringScalarAggregationFilters>;
  source?: InputMaybe<StringScalarAggregationFilters>;
  sourceRef?: InputMaybe<StringScalarAggregationFilters>;
  speaker?: InputMaybe<StringScalarAggregationFilters>;
  turn?: InputMaybe<IntScalarAggregationFilters>;
};

export type EntityEpisodesRelationship = {
  __typename?: 'EntityEpisodesRelationship';
  cursor: Scalars['String']['output'];
  node: Episode;
};

export type EntityEpisodesUpdateConnectionInput = {
  node?: InputMaybe<EpisodeUpdateInput>;
  where?: InputMaybe<EntityEpisodesConnectionWhere>;
};

export type EntityEpisodesUpdateFieldInput = {
  connect?: InputMaybe<Array<EntityEpisodesConnectFieldInput>>;
  create?: InputMaybe<Array<EntityEpisodesCreateFieldInput>>;
  delete?: InputMaybe<Array<EntityEpisodesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<EntityEpisodesDisconnectFieldInput>>;
  update?: InputMaybe<EntityEpisodesUpdateConnectionInput>;
};

export type EntityFactFactsAsObjectAggregateSelection = {
  __typename?: 'EntityFactFactsAsObjectAggregateSelection';
  count: CountConnection;
  node?: Maybe<EntityFactFactsAsObjectNodeAggregateSelection>;
};

export type EntityFactFactsAsObjectNodeAggregateSelection = {
  __typename?: 'EntityFactFactsAsObjectNodeAggregateSelection';
  accessCount: IntAggregateSelection;
  activation: FloatAggregateSelection;
  archivedAt: DateTimeAggregateSelection;
  confidence: FloatAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  invalidatedAt: DateTimeAggregateSelection;
  lastAccessedAt: DateTimeAggregateSelection;
  objectValue: StringAggregateSelection;
  predicate: StringAggregateSelection;
  statement: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  validFrom: DateTimeAggregateSelection;
  validTo: DateTimeAggregateSelection;
};

export type EntityFactFactsAsSubjectAggregateSelection = {
  __typename?: 'EntityFactFactsAsSubjectAggregateSelection';
  count: CountConnection;
  node?: Maybe<EntityFactFactsAsSubjectNodeAggregateSelection>;
};

export type EntityFactFactsAsSubjectNodeAggregateSelection = {
  __typename?: 'EntityFactFactsAsSubjectNodeAggregateSelection';
  accessCount: IntAggregateSelection;
  activation: FloatAggregateSelection;
  archivedAt: DateTimeAggregateSelection;
  confidence: FloatAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  invalidatedAt: DateTimeAggregateSelection;
  lastAccessedAt: DateTimeAggregateSelection;
  objectValue: StringAggregateSelection;
  predicate: StringAggregateSelection;
  statement: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  validFrom: DateTimeAggregateSelection;
  validTo: DateTimeAggregateSelection;
};

export type EntityFactsAsObjectAggregateInput = {
  AND?: InputMaybe<Array<EntityFactsAsObjectAggregateInput>>;
  NOT?: InputMaybe<EntityFactsAsObjectAggregateInput>;
  OR?: InputMaybe<Array<EntityFactsAsObjectAggregateInput>>;
  count?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: InputMaybe<Scalars['Int']['input']>;
  node?: InputMaybe<EntityFactsAsObjectNodeAggregationWhereInput>;
};

export type EntityFactsAsObjectConnectFieldInput = {
  connect?: InputMaybe<Array<FactConnectInput>>;
  where?: InputMaybe<FactConnectWhere>;
};

export type EntityFactsAsObjectConnection = {
  __typename?: 'EntityFactsAsObjectConnection';
  aggregate: EntityFactFactsAsObjectAggregateSelection;
  edges: Array<EntityFactsAsObjectRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntityFactsAsObjectConnectionAggregateInput = {
  AND?: InputMaybe<Array<EntityFactsAsObjectConnectionAggregateInput>>;
  NOT?: InputMaybe<EntityFactsAsObjectConnectionAggregateInput>;
  OR?: InputMaybe<Array<EntityFactsAsObjectConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<EntityFactsAsObjectNodeAggregationWhereInput>;
};

export type EntityFactsAsObjectConnectionFilters = {
  /** Filter Entities by aggregating results on related EntityFactsAsObjectConnections */
  aggregate?: InputMaybe<EntityFactsAsObjectConnectionAggregateInput>;
  /** Return Entities where all of the related EntityFactsAsObjectConnections match this filter */
  all?: InputMaybe<EntityFactsAsObjectConnectionWhere>;
  /** Return Entities where none of the related EntityFactsAsObjectConnections match this filter */
  none?: InputMaybe<EntityFactsAsObjectConnectionWhere>;
  /** Return Entities where one of the related EntityFactsAsObjectConnections match this filter */
  single?: InputMaybe<EntityFactsAsObjectConnectionWhere>;
  /** Return Entities where some of the related EntityFactsAsObjectConnections match this filter */
  some?: InputMaybe<EntityFactsAsObjectConnectionWhere>;
};

export type EntityFactsAsObjectConnectionSort = {
  node?: InputMaybe<FactSort>;
};

export type EntityFactsAsObjectConnectionWhere = {
  AND?: InputMaybe<Array<EntityFactsAsObjectConnectionWhere>>;
  NOT?: InputMaybe<EntityFactsAsObjectConnectionWhere>;
  OR?: InputMaybe<Array<EntityFactsAsObjectConnectionWhere>>;
  node?: InputMaybe<FactWhere>;
};

export type EntityFactsAsObjectCreateFieldInput = {
  node: FactCreateInput;
};

export type EntityFactsAsObjectDeleteFieldInput = {
  delete?: InputMaybe<FactDeleteInput>;
  where?: InputMaybe<EntityFactsAsObjectConnectionWhere>;
};

export type EntityFactsAsObjectDisconnectFieldInput = {
  disconnect?: InputMaybe<FactDisconnectInput>;
  where?: InputMaybe<EntityFactsAsObjectConnectionWhere>;
};

export type EntityFactsAsObjectFieldInput = {
  connect?: InputMaybe<Array<EntityFactsAsObjectConnectFieldInput>>;
  create?: InputMaybe<Array<EntityFactsAsObjectCreateFieldInput>>;
};

export type EntityFactsAsObjectNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<EntityFactsAsObjectNodeAggregationWhereInput>>;
  NOT?: InputMaybe<EntityFactsAsObjectNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<EntityFactsAsObjectNodeAggregationWhereInput>>;
  accessCount?: InputMaybe<IntScalarAggregationFilters>;
  activation?: InputMaybe<FloatScalarAggregationFilters>;
  archivedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  confidence?: InputMaybe<FloatScalarAggregationFilters>;
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  invalidatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  lastAccessedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  objectValue?: InputMaybe<StringScalarAggregationFilters>;
  predicate?: InputMaybe<StringScalarAggregationFilters>;
  statement?: InputMaybe<StringScalarAggregationFilters>;
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  validFrom?: InputMaybe<DateTimeScalarAggregationFilters>;
  validTo?: InputMaybe<DateTimeScalarAggregationFilters>;
};

export type EntityFactsAsObjectRelationship = {
  __typename?: 'EntityFactsAsObjectRelationship';
  cursor: Scalars['String']['output'];
  node: Fact;
};

export type EntityFactsAsObjectUpdateConnectionInput = {
  node?: InputMaybe<FactUpdateInput>;
  where?: InputMaybe<EntityFactsAsObjectConnectionWhere>;
};

export type EntityFactsAsObjectUpdateFieldInput = {
  connect?: InputMaybe<Array<EntityFactsAsObjectConnectFieldInput>>;
  create?: InputMaybe<Array<EntityFactsAsObjectCreateFieldInput>>;
  delete?: InputMaybe<Array<EntityFactsAsObjectDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<EntityFactsAsObjectDisconnectFieldInput>>;
  update?: InputMaybe<EntityFactsAsObjectUpdateConnectionInput>;
};

export type EntityFactsAsSubjectAggregateInput = {
  AND?: InputMaybe<Array<EntityFactsAsSubjectAggregateInput>>;
  NOT?: InputMaybe<EntityFactsAsSubjectAggregateInput>;
  OR?: InputMaybe<Array<EntityFactsAsSubjectAggregateInput>>;
  count?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: InputMaybe<Scalars['Int']['input']>;
  node?: InputMaybe<EntityFactsAsSubjectNodeAggregationWhereInput>;
};

export type EntityFactsAsSubjectConnectFieldInput = {
  connect?: InputMaybe<Array<FactConnectInput>>;
  where?: InputMaybe<FactConnectWhere>;
};

export type EntityFactsAsSubjectConnection = {
  __typename?: 'EntityFactsAsSubjectConnection';
  aggregate: EntityFactFactsAsSubjectAggregateSelection;
  edges: Array<EntityFactsAsSubjectRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntityFactsAsSubjectConnectionAggregateInput = {
  AND?: InputMaybe<Array<EntityFactsAsSubjectConnectionAggregateInput>>;
  NOT?: InputMaybe<EntityFactsAsSubjectConnectionAggregateInput>;
  OR?: InputMaybe<Array<EntityFactsAsSubjectConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<EntityFactsAsSubjectNodeAggregationWhereInput>;
};

export type EntityFactsAsSubjectConnectionFilters = {
  /** Filter Entities by aggregating results on related EntityFactsAsSubjectConnections */
  aggregate?: InputMaybe<EntityFactsAsSubjectConnectionAggregateInput>;
  /** Return Entities where all of the related EntityFactsAsSubjectConnections match this filter */
  all?: InputMaybe<EntityFactsAsSubjectConnectionWhere>;
  /** Return Entities where none of the related EntityFactsAsSubjectConnections match this filter */
  none?: InputMaybe<EntityFactsAsSubjectConnectionWhere>;
  /** Return Entities where one of the related EntityFactsAsSubjectConnections match this filter */
  single?: InputMaybe<EntityFactsAsSubjectConnectionWhere>;
  /** Return Entities where some of the related EntityFactsAsSubjectConnections match this filter */
  some?: InputMaybe<EntityFactsAsSubjectConnectionWhere>;
};

export type EntityFactsAsSubjectConnectionSort = {
  node?: InputMaybe<FactSort>;
};

export type EntityFactsAsSubjectConnectionWhere = {
  AND?: InputMaybe<Array<EntityFactsAsSubjectConnectionWhere>>;
  NOT?: InputMaybe<EntityFactsAsSubjectConnectionWhere>;
  OR?: InputMaybe<Array<EntityFactsAsSubjectConnectionWhere>>;
  node?: InputMaybe<FactWhere>;
};

export type EntityFactsAsSubjectCreateFieldInput = {
  node: FactCreateInput;
};

export type EntityFactsAsSubjectDeleteFieldInput = {
  delete?: InputMaybe<FactDeleteInput>;
  where?: InputMaybe<EntityFactsAsSubjectConnectionWhere>;
};

export type EntityFactsAsSubjectDisconnectFieldInput = {
  disconnect?: InputMaybe<FactDisconnectInput>;
  where?: InputMaybe<EntityFactsAsSubjectConnectionWhere>;
};

export type EntityFactsAsSubjectFieldInput = {
  connect?: InputMaybe<Array<EntityFactsAsSubjectConnectFieldInput>>;
  create?: InputMaybe<Array<EntityFactsAsSubjectCreateFieldInput>>;
};

export type EntityFactsAsSubjectNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<EntityFactsAsSubjectNodeAggregationWhereInput>>;
  NOT?: InputMaybe<EntityFactsAsSubjectNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<EntityFactsAsSubjectNodeAggregationWhereInput>>;
  accessCount?: InputMaybe<IntScalarAggregationFilters>;
  activation?: InputMaybe<FloatScalarAggregationFilters>;
  archivedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  confidence?: InputMaybe<FloatScalarAggregationFilters>;
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  invalidatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  lastAccessedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  objectValue?: InputMaybe<StringScalarAggregationFilters>;
  predicate?: InputMaybe<StringScalarAggregationFilters>;
  statement?: InputMaybe<StringScalarAggregationFilters>;
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  validFrom?: InputMaybe<DateTimeScalarAggregationFilters>;
  validTo?: InputMaybe<DateTimeScalarAggregationFilters>;
};

export type EntityFactsAsSubjectRelationship = {
  __typename?: 'EntityFactsAsSubjectRelationship';
  cursor: Scalars['String']['output'];
  node: Fact;
};

export type EntityFactsAsSubjectUpdateConnectionInput = {
  node?: InputMaybe<FactUpdateInput>;
  where?: InputMaybe<EntityFactsAsSubjectConnectionWhere>;
};

export type EntityFactsAsSubjectUpdateFieldInput = {
  connect?: InputMaybe<Array<EntityFactsAsSubjectConnectFieldInput>>;
  create?: InputMaybe<Array<EntityFactsAsSubjectCreateFieldInput>>;
  delete?: InputMaybe<Array<EntityFactsAsSubjectDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<EntityFactsAsSubjectDisconnectFieldInput>>;
  update?: InputMaybe<EntityFactsAsSubjectUpdateConnectionInput>;
};

export type EntityRelationshipFilters = {
  /** Filter type where all of the related Entities match this filter */
  all?: InputMaybe<EntityWhere>;
  /** Filter type where none of the related Entities match this filter */
  none?: InputMaybe<EntityWhere>;
  /** Filter type where one of the related Entities match this filter */
  single?: InputMaybe<EntityWhere>;
  /** Filter type where some of the related Entities match this filter */
  some?: InputMaybe<EntityWhere>;
};

/** Fields to sort Entities by. The order in which sorts are applied is not guaranteed when specifying many fields in one EntitySort object. */
export type EntitySort = {
  accessCount?: InputMaybe<SortDirection>;
  activation?: InputMaybe<SortDirection>;
  archived?: InputMaybe<SortDirection>;
  archivedAt?: InputMaybe<SortDirection>;
  createdAt?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  lastAccessedAt?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  pinned?: InputMaybe<SortDirection>;
  summary?: InputMaybe<SortDirection>;
  type?: InputMaybe<SortDirection>;
  updatedAt?: InputMaybe<SortDirection>;
  userId?: InputMaybe<SortDirection>;
};

export type EntityUpdateInput = {
  accessCount?: InputMaybe<IntScalarMutations>;
  activation?: InputMaybe<FloatScalarMutations>;
  aliases?: InputMaybe<ListStringMutations>;
  archived?: InputMaybe<BooleanScalarMutations>;
  archivedAt?: InputMaybe<DateTimeScalarMutations>;
  createdAt?: InputMaybe<DateTimeScalarMutations>;
  episodes?: InputMaybe<Array<EntityEpisodesUpdateFieldInput>>;
  factsAsObject?: InputMaybe<Array<EntityFactsAsObjectUpdateFieldInput>>;
  factsAsSubject?: InputMaybe<Array<EntityFactsAsSubjectUpdateFieldInput>>;
  lastAccessedAt?: InputMaybe<DateTimeScalarMutations>;
  name?: InputMaybe<StringScalarMutations>;
  pinned?: InputMaybe<BooleanScalarMutations>;
  summary?: InputMaybe<StringScalarMutations>;
  type?: InputMaybe<StringScalarMutations>;
  userId?: InputMaybe<IdScalarMutations>;
};

export type EntityWhere = {
  AND?: InputMaybe<Array<EntityWhere>>;
  NOT?: InputMaybe<EntityWhere>;
  OR?: InputMaybe<Array<EntityWhere>>;
  accessCount?: InputMaybe<IntScalarFilters>;
  activation?: InputMaybe<FloatScalarFilters>;
  aliases?: InputMaybe<StringListFilters>;
  archived?: InputMaybe<BooleanScalarFilters>;
  archivedAt?: InputMaybe<DateTimeScalarFilters>;
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  episodes?: InputMaybe<EpisodeRelationshipFilters>;
  /** @deprecated Aggregate filters are moved inside the episodesConnection filter, please use { episodesConnection: { aggregate: {...} } } instead */
  episodesAggregate?: InputMaybe<EntityEpisodesAggregateInput>;
  episodesConnection?: InputMaybe<EntityEpisodesConnectionFilters>;
  factsAsObject?: InputMaybe<FactRelationshipFilters>;
  /** @deprecated Aggregate filters are moved inside the factsAsObjectConnection filter, please use { factsAsObjectConnection: { aggregate: {...} } } instead */
  factsAsObjectAggregate?: InputMaybe<EntityFactsAsObjectAggregateInput>;
  factsAsObjectConnection?: InputMaybe<EntityFactsAsObjectConnectionFilters>;
  factsAsSubject?: InputMaybe<FactRelationshipFilters>;
  /** @deprecated Aggregate filters are moved inside the factsAsSubjectConnection filter, please use { factsAsSubjectConnection: { aggregate: {...} } } instead */
  factsAsSubjectAggregate?: InputMaybe<EntityFactsAsSubjectAggregateInput>;
  factsAsSubjectConnection?: InputMaybe<EntityFactsAsSubjectConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  lastAccessedAt?: InputMaybe<DateTimeScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  pinned?: InputMaybe<BooleanScalarFilters>;
  summary?: InputMaybe<StringScalarFilters>;
  type?: InputMaybe<StringScalarFilters>;
  updatedAt?: InputMaybe<DateTimeScalarFilters>;
  userId?: InputMaybe<IdScalarFilters>;
};

/** One piece of raw input, kept verbatim. */
export type Episode = {
  __typename?: 'Episode';
  /** Extraction attempts so far. */
  attempts?: Maybe<Scalars['Int']['output']>;
  content: Scalars['String']['output'];
  /** sha256 of the content, for idempotent ingest. */
  contentHash: Scalars['String']['output'];
  /** The conversation (chat session, thread) it belongs to. */
  conversationId?: Maybe<Scalars['String']['output']>;
  entities: Array<Entity>;
  entitiesConnection: EpisodeEntitiesConnection;
  facts: Array<Fact>;
  factsConnection: EpisodeFactsConnection;
  id: Scalars['ID']['output'];
  ingestedAt: Scalars['DateTime']['output'];
  /** When it happened (given by the caller). */
  occurredAt: Scalars['DateTime']['output'];
  /** When extraction finished. */
  processedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last extraction attempt failed (kept on a FAILED episode until it is retried and succeeds). */
  processingError?: Maybe<Scalars['String']['output']>;
  /** Free text such as chat, x, browser, manual. */
  source: Scalars['String']['output'];
  /** The caller's id for this input: a message id, a URL. */
  sourceRef?: Maybe<Scalars['String']['output']>;
  /** Who said it: a name, or a chat role (user, assistant); null means the user. */
  speaker?: Maybe<Scalars['String']['output']>;
  /** PROCESSED once its entities and facts are extracted; PENDING while queued; FAILED after bad model output. */
  status: EpisodeStatus;
  /** 0-based position in its conversation, in order of ingest (null outside a conversation). */
  turn?: Maybe<Scalars['Int']['output']>;
  userId: Scalars['ID']['output'];
};


/** One piece of raw input, kept verbatim. */
export type EpisodeEntitiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/** One piece of raw input, kept verbatim. */
export type EpisodeEntitiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EpisodeEntitiesConnectionSort>>;
  where?: InputMaybe<EpisodeEntitiesConnectionWhere>;
};


/** One piece of raw input, kept verbatim. */
export type EpisodeFactsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FactSort>>;
  where?: InputMaybe<FactWhere>;
};


/** One piece of raw input, kept verbatim. */
export type EpisodeFactsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EpisodeFactsConnectionSort>>;
  where?: InputMaybe<EpisodeFactsConnectionWhere>;
};

export type EpisodeAggregate = {
  __typename?: 'EpisodeAggregate';
  count: Count;
  node: EpisodeAggregateNode;
};

export type EpisodeAggregateNode = {
  __typename?: 'EpisodeAggregateNode';
  attempts: IntAggregateSelection;
  content: StringAggregateSelection;
  contentHash: StringAggregateSelection;
  conversationId: StringAggregateSelection;
  ingestedAt: DateTimeAggregateSelection;
  occurredAt: DateTimeAggregateSelection;
  processedAt: DateTimeAggregateSelection;
  processingError: StringAggregateSelection;
  source: StringAggregateSelection;
  sourceRef: StringAggregateSelection;
  speaker: StringAggregateSelection;
  turn: IntAggregateSelection;
};

export type EpisodeConnectInput = {
  entities?: InputMaybe<Array<EpisodeEntitiesConnectFieldInput>>;
  facts?: InputMaybe<Array<EpisodeFactsConnectFieldInput>>;
};

export type EpisodeConnectWhere = {
  node: EpisodeWhere;
};

export type EpisodeCreateInput = {
  content: Scalars['String']['input'];
  contentHash: Scalars['String']['input'];
  conversationId?: InputMaybe<Scalars['String']['input']>;
  entities?: InputMaybe<EpisodeEntitiesFieldInput>;
  facts?: InputMaybe<EpisodeFactsFieldInput>;
  ingestedAt: Scalars['DateTime']['input'];
  occurredAt: Scalars['DateTime']['input'];
  source: Scalars['String']['input'];
  sourceRef?: InputMaybe<Scalars['String']['input']>;
  speaker?: InputMaybe<Scalars['String']['input']>;
  turn?: InputMaybe<Scalars['Int']['input']>;
  userId: Scalars['ID']['input'];
};

export type EpisodeDeleteInput = {
  entities?: InputMaybe<Array<EpisodeEntitiesDeleteFieldInput>>;
  facts?: InputMaybe<Array<EpisodeFactsDeleteFieldInput>>;
};

export type EpisodeDisconnectInput = {
  entities?: InputMaybe<Array<EpisodeEntitiesDisconnectFieldInput>>;
  facts?: InputMaybe<Array<EpisodeFactsDisconnectFieldInput>>;
};

export type EpisodeEdge = {
  __typename?: 'EpisodeEdge';
  cursor: Scalars['String']['output'];
  node: Episode;
};

export type EpisodeEntitiesAggregateInput = {
  AND?: InputMaybe<Array<EpisodeEntitiesAggregateInput>>;
  NOT?: InputMaybe<EpisodeEntitiesAggregateInput>;
  OR?: InputMaybe<Array<EpisodeEntitiesAggregateInput>>;
  count?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: InputMaybe<Scalars['Int']['input']>;
  node?: InputMaybe<EpisodeEntitiesNodeAggregationWhereInput>;
};

export type EpisodeEntitiesConnectFieldInput = {
  connect?: InputMaybe<Array<EntityConnectInput>>;
  where?: InputMaybe<EntityConnectWhere>;
};

export type EpisodeEntitiesConnection = {
  __typename?: 'EpisodeEntitiesConnection';
  aggregate: EpisodeEntityEntitiesAggregateSelection;
  edges: Array<EpisodeEntitiesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EpisodeEntitiesConnectionAggregateInput = {
  AND?: InputMaybe<Array<EpisodeEntitiesConnectionAggregateInput>>;
  NOT?: InputMaybe<EpisodeEntitiesConnectionAggregateInput>;
  OR?: InputMaybe<Array<EpisodeEntitiesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<EpisodeEntitiesNodeAggregationWhereInput>;
};

export type EpisodeEntitiesConnectionFilters = {
  /** Filter Episodes by aggregating results on related EpisodeEntitiesConnections */
  aggregate?: InputMaybe<EpisodeEntitiesConnectionAggregateInput>;
  /** Return Episodes where all of the related EpisodeEntitiesConnections match this filter */
  all?: InputMaybe<EpisodeEntitiesConnectionWhere>;
  /** Return Episodes where none of the related EpisodeEntitiesConnections match this filter */
  none?: InputMaybe<EpisodeEntitiesConnectionWhere>;
  /** Return Episodes where one of the related EpisodeEntitiesConnections match this filter */
  single?: InputMaybe<EpisodeEntitiesConnectionWhere>;
  /** Return Episodes where some of the related EpisodeEntitiesConnections match this filter */
  some?: InputMaybe<EpisodeEntitiesConnectionWhere>;
};

export type EpisodeEntitiesConnectionSort = {
  node?: InputMaybe<EntitySort>;
};

export type EpisodeEntitiesConnectionWhere = {
  AND?: InputMaybe<Array<EpisodeEntitiesConnectionWhere>>;
  NOT?: InputMaybe<EpisodeEntitiesConnectionWhere>;
  OR?: InputMaybe<Array<EpisodeEntitiesConnectionWhere>>;
  node?: InputMaybe<EntityWhere>;
};

export type EpisodeEntitiesCreateFieldInput = {
  node: EntityCreateInput;
};

export type EpisodeEntitiesDeleteFieldInput = {
  delete?: InputMaybe<EntityDeleteInput>;
  where?: InputMaybe<EpisodeEntitiesConnectionWhere>;
};

export type EpisodeEntitiesDisconnectFieldInput = {
  disconnect?: InputMaybe<EntityDisconnectInput>;
  where?: InputMaybe<EpisodeEntitiesConnectionWhere>;
};

export type EpisodeEntitiesFieldInput = {
  connect?: InputMaybe<Array<EpisodeEntitiesConnectFieldInput>>;
  create?: InputMaybe<Array<EpisodeEntitiesCreateFieldInput>>;
};

export type EpisodeEntitiesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<EpisodeEntitiesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<EpisodeEntitiesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<EpisodeEntitiesNodeAggregationWhereInput>>;
  accessCount?: InputMaybe<IntScalarAggregationFilters>;
  activation?: InputMaybe<FloatScalarAggregationFilters>;
  archivedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  lastAccessedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  summary?: InputMaybe<StringScalarAggregationFilters>;
  type?: InputMaybe<StringScalarAggregationFilters>;
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
};

export type EpisodeEntitiesRelationship = {
  __typename?: 'EpisodeEntitiesRelationship';
  cursor: Scalars['String']['output'];
  node: Entity;
};

export type EpisodeEntitiesUpdateConnectionInput = {
  node?: InputMaybe<EntityUpdateInput>;
  where?: InputMaybe<EpisodeEntitiesConnectionWhere>;
};

export type EpisodeEntitiesUpdateFieldInput = {
  connect?: InputMaybe<Array<EpisodeEntitiesConnectFieldInput>>;
  create?: InputMaybe<Array<EpisodeEntitiesCreateFieldInput>>;
  delete?: InputMaybe<Array<EpisodeEntitiesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<EpisodeEntitiesDisconnectFieldInput>>;
  update?: InputMaybe<EpisodeEntitiesUpdateConnectionInput>;
};

export type EpisodeEntityEntitiesAggregateSelection = {
  __typename?: 'EpisodeEntityEntitiesAggregateSelection';
  count: CountConnection;
  node?: Maybe<EpisodeEntityEntitiesNodeAggregateSelection>;
};

export type EpisodeEntityEntitiesNodeAggregateSelection = {
  __typename?: 'EpisodeEntityEntitiesNodeAggregateSelection';
  accessCount: IntAggregateSelection;
  activation: FloatAggregateSelection;
  archivedAt: DateTimeAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  lastAccessedAt: DateTimeAggregateSelection;
  name: StringAggregateSelection;
  summary: StringAggregateSelection;
  type: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
};

export type EpisodeFactFactsAggregateSelection = {
  __typename?: 'EpisodeFactFactsAggregateSelection';
  count: CountConnection;
  node?: Maybe<EpisodeFactFactsNodeAggregateSelection>;
};

export type EpisodeFactFactsNodeAggregateSelection = {
  __typename?: 'EpisodeFactFactsNodeAggregateSelection';
  accessCount: IntAggregateSelection;
  activation: FloatAggregateSelection;
  archivedAt: DateTimeAggregateSelection;
  confidence: FloatAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  invalidatedAt: DateTimeAggregateSelection;
  lastAccessedAt: DateTimeAggregateSelection;
  objectValue: StringAggregateSelection;
  predicate: StringAggregateSelection;
  statement: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  validFrom: DateTimeAggregateSelection;
  validTo: DateTimeAggregateSelection;
};

export type EpisodeFactsAggregateInput = {
  AND?: InputMaybe<Array<EpisodeFactsAggregateInput>>;
  NOT?: InputMaybe<EpisodeFactsAggregateInput>;
  OR?: InputMaybe<Array<EpisodeFactsAggregateInput>>;
  count?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: InputMaybe<Scalars['Int']['input']>;
  node?: InputMaybe<EpisodeFactsNodeAggregationWhereInput>;
};

export type EpisodeFactsConnectFieldInput = {
  connect?: InputMaybe<Array<FactConnectInput>>;
  where?: InputMaybe<FactConnectWhere>;
};

export type EpisodeFactsConnection = {
  __typename?: 'EpisodeFactsConnection';
  aggregate: EpisodeFactFactsAggregateSelection;
  edges: Array<EpisodeFactsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EpisodeFactsConnectionAggregateInput = {
  AND?: InputMaybe<Array<EpisodeFactsConnectionAggregateInput>>;
  NOT?: InputMaybe<EpisodeFactsConnectionAggregateInput>;
  OR?: InputMaybe<Array<EpisodeFactsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<EpisodeFactsNodeAggregationWhereInput>;
};

export type EpisodeFactsConnectionFilters = {
  /** Filter Episodes by aggregating results on related EpisodeFactsConnections */
  aggregate?: InputMaybe<EpisodeFactsConnectionAggregateInput>;
  /** Return Episodes where all of the related EpisodeFactsConnections match this filter */
  all?: InputMaybe<EpisodeFactsConnectionWhere>;
  /** Return Episodes where none of the related EpisodeFactsConnections match this filter */
  none?: InputMaybe<EpisodeFactsConnectionWhere>;
  /** Return Episodes where one of the related EpisodeFactsConnections match this filter */
  single?: InputMaybe<EpisodeFactsConnectionWhere>;
  /** Return Episodes where some of the related EpisodeFactsConnections match this filter */
  some?: InputMaybe<EpisodeFactsConnectionWhere>;
};

export type EpisodeFactsConnectionSort = {
  node?: InputMaybe<FactSort>;
};

export type EpisodeFactsConnectionWhere = {
  AND?: InputMaybe<Array<EpisodeFactsConnectionWhere>>;
  NOT?: InputMaybe<EpisodeFactsConnectionWhere>;
  OR?: InputMaybe<Array<EpisodeFactsConnectionWhere>>;
  node?: InputMaybe<FactWhere>;
};

export type EpisodeFactsCreateFieldInput = {
  node: FactCreateInput;
};

export type EpisodeFactsDeleteFieldInput = {
  delete?: InputMaybe<FactDeleteInput>;
  where?: InputMaybe<EpisodeFactsConnectionWhere>;
};

export type EpisodeFactsDisconnectFieldInput = {
  disconnect?: InputMaybe<FactDisconnectInput>;
  where?: InputMaybe<EpisodeFactsConnectionWhere>;
};

export type EpisodeFactsFieldInput = {
  connect?: InputMaybe<Array<EpisodeFactsConnectFieldInput>>;
  create?: InputMaybe<Array<EpisodeFactsCreateFieldInput>>;
};

export type EpisodeFactsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<EpisodeFactsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<EpisodeFactsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<EpisodeFactsNodeAggregationWhereInput>>;
  accessCount?: InputMaybe<IntScalarAggregationFilters>;
  activation?: InputMaybe<FloatScalarAggregationFilters>;
  archivedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  confidence?: InputMaybe<FloatScalarAggregationFilters>;
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  invalidatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  lastAccessedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  objectValue?: InputMaybe<StringScalarAggregationFilters>;
  predicate?: InputMaybe<StringScalarAggregationFilters>;
  statement?: InputMaybe<StringScalarAggregationFilters>;
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  validFrom?: InputMaybe<DateTimeScalarAggregationFilters>;
  validTo?: InputMaybe<DateTimeScalarAggregationFilters>;
};

export type EpisodeFactsRelationship = {
  __typename?: 'EpisodeFactsRelationship';
  cursor: Scalars['String']['output'];
  node: Fact;
};

export type EpisodeFactsUpdateConnectionInput = {
  node?: InputMaybe<FactUpdateInput>;
  where?: InputMaybe<EpisodeFactsConnectionWhere>;
};

export type EpisodeFactsUpdateFieldInput = {
  connect?: InputMaybe<Array<EpisodeFactsConnectFieldInput>>;
  create?: InputMaybe<Array<EpisodeFactsCreateFieldInput>>;
  delete?: InputMaybe<Array<EpisodeFactsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<EpisodeFactsDisconnectFieldInput>>;
  update?: InputMaybe<EpisodeFactsUpdateConnectionInput>;
};

export type EpisodeRelationshipFilters = {
  /** Filter type where all of the related Episodes match this filter */
  all?: InputMaybe<EpisodeWhere>;
  /** Filter type where none of the related Episodes match this filter */
  none?: InputMaybe<EpisodeWhere>;
  /** Filter type where one of the related Episodes match this filter */
  single?: InputMaybe<EpisodeWhere>;
  /** Filter type where some of the related Episodes match this filter */
  some?: InputMaybe<EpisodeWhere>;
};

/** Fields to sort Episodes by. The order in which sorts are applied is not guaranteed when specifying many fields in one EpisodeSort object. */
export type EpisodeSort = {
  attempts?: InputMaybe<SortDirection>;
  content?: InputMaybe<SortDirection>;
  contentHash?: InputMaybe<SortDirection>;
  conversationId?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  ingestedAt?: InputMaybe<SortDirection>;
  occurredAt?: InputMaybe<SortDirection>;
  processedAt?: InputMaybe<SortDirection>;
  processingError?: InputMaybe<SortDirection>;
  source?: InputMaybe<SortDirection>;
  sourceRef?: InputMaybe<SortDirection>;
  speaker?: InputMaybe<SortDirection>;
  status?: InputMaybe<SortDirection>;
  turn?: InputMaybe<SortDirection>;
  userId?: InputMaybe<SortDirection>;
};

/** Where an episode is in extraction: asynchronous ingest stores it PENDING; a worker makes it PROCESSED or FAILED. */
export type EpisodeStatus =
  | 'FAILED'
  | 'PENDING'
  | 'PROCESSED';

/** EpisodeStatus filters */
export type EpisodeStatusEnumScalarFilters = {
  eq?: InputMaybe<EpisodeStatus>;
  in?: InputMaybe<Array<EpisodeStatus>>;
};

export type EpisodeUpdateInput = {
  content?: InputMaybe<StringScalarMutations>;
  contentHash?: InputMaybe<StringScalarMutations>;
  conversationId?: InputMaybe<StringScalarMutations>;
  entities?: InputMaybe<Array<EpisodeEntitiesUpdateFieldInput>>;
  facts?: InputMaybe<Array<EpisodeFactsUpdateFieldInput>>;
  ingestedAt?: InputMaybe<DateTimeScalarMutations>;
  occurredAt?: InputMaybe<DateTimeScalarMutations>;
  source?: InputMaybe<StringScalarMutations>;
  sourceRef?: InputMaybe<StringScalarMutations>;
  speaker?: InputMaybe<StringScalarMutations>;
  turn?: InputMaybe<IntScalarMutations>;
  userId?: InputMaybe<IdScalarMutations>;
};

export type EpisodeWhere = {
  AND?: InputMaybe<Array<EpisodeWhere>>;
  NOT?: InputMaybe<EpisodeWhere>;
  OR?: InputMaybe<Array<EpisodeWhere>>;
  attempts?: InputMaybe<IntScalarFilters>;
  content?: InputMaybe<StringScalarFilters>;
  contentHash?: InputMaybe<StringScalarFilters>;
  conversationId?: InputMaybe<StringScalarFilters>;
  entities?: InputMaybe<EntityRelationshipFilters>;
  /** @deprecated Aggregate filters are moved inside the entitiesConnection filter, please use { entitiesConnection: { aggregate: {...} } } instead */
  entitiesAggregate?: InputMaybe<EpisodeEntitiesAggregateInput>;
  entitiesConnection?: InputMaybe<EpisodeEntitiesConnectionFilters>;
  facts?: InputMaybe<FactRelationshipFilters>;
  /** @deprecated Aggregate filters are moved inside the factsConnection filter, please use { factsConnection: { aggregate: {...} } } instead */
  factsAggregate?: InputMaybe<EpisodeFactsAggregateInput>;
  factsConnection?: InputMaybe<EpisodeFactsConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  ingestedAt?: InputMaybe<DateTimeScalarFilters>;
  occurredAt?: InputMaybe<DateTimeScalarFilters>;
  processedAt?: InputMaybe<DateTimeScalarFilters>;
  processingError?: InputMaybe<StringScalarFilters>;
  source?: InputMaybe<StringScalarFilters>;
  sourceRef?: InputMaybe<StringScalarFilters>;
  speaker?: InputMaybe<StringScalarFilters>;
  status?: InputMaybe<EpisodeStatusEnumScalarFilters>;
  turn?: InputMaybe<IntScalarFilters>;
  userId?: InputMaybe<IdScalarFilters>;
};

export type EpisodesConnection = {
  __typename?: 'EpisodesConnection';
  aggregate: EpisodeAggregate;
  edges: Array<EpisodeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** What erasing a user removed. */
export type ErasedCounts = {
  __typename?: 'ErasedCounts';
  entities: Scalars['Int']['output'];
  episodes: Scalars['Int']['output'];
  facts: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
  /** 1 when the User node existed, else 0. */
  users: Scalars['Int']['output'];
};

/** A statement linking an entity to another entity or to a value, with when it held and where it came from. */
export type Fact = {
  __typename?: 'Fact';
  accessCount?: Maybe<Scalars['Int']['output']>;
  activation?: Maybe<Scalars['Float']['output']>;
  archived?: Maybe<Scalars['Boolean']['output']>;
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  confidence: Scalars['Float']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** When we learned that it stopped holding. */
  invalidatedAt?: Maybe<Scalars['DateTime']['output']>;
  invalidatedBy?: Maybe<Episode>;
  invalidatedByConnection: FactInvalidatedByConnection;
  lastAccessedAt?: Maybe<Scalars['DateTime']['output']>;
  object?: Maybe<Entity>;
  objectConnection: FactObjectConnection;
  /** The object when it is a value rather than an entity. */
  objectValue?: Maybe<Scalars['String']['output']>;
  pinned?: Maybe<Scalars['Boolean']['output']>;
  predicate: Scalars['String']['output'];
  /** The episodes it came from. */
  sources: Array<Episode>;
  sourcesConnection: FactSourcesConnection;
  /** The fact as a sentence. */
  statement: Scalars['String']['output'];
  subject?: Maybe<Entity>;
  subjectConnection: FactSubjectConnection;
  updatedAt: Scalars['DateTime']['output'];
  userId: Scalars['ID']['output'];
  /** When it started to hold in the world. */
  validFrom?: Maybe<Scalars['DateTime']['output']>;
  /** When it stopped holding in the world. */
  validTo?: Maybe<Scalars['DateTime']['output']>;
};


/** A statement linking an entity to another entity or to a value, with when it held and where it came from. */
export type FactSourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EpisodeSort>>;
  where?: InputMaybe<EpisodeWhere>;
};


/** A statement linking an entity to another entity or to a value, with when it held and where it came from. */
export type FactSourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FactSourcesConnectionSort>>;
  where?: InputMaybe<FactSourcesConnectionWhere>;
};

export type FactAggregate = {
  __typename?: 'FactAggregate';
  count: Count;
  node: FactAggregateNode;
};

export type FactAggregateNode = {
  __typename?: 'FactAggregateNode';
  accessCount: IntAggregateSelection;
  activation: FloatAggregateSelection;
  archivedAt: DateTimeAggregateSelection;
  confidence: FloatAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  invalidatedAt: DateTimeAggregateSelection;
  lastAccessedAt: DateTimeAggregateSelection;
  objectValue: StringAggregateSelection;
  predicate: StringAggregateSelection;
  statement: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  validFrom: DateTimeAggregateSelection;
  validTo: DateTimeAggregateSelection;
};

export type FactConnectInput = {
  sources?: InputMaybe<Array<FactSourcesConnectFieldInput>>;
};

export type FactConnectWhere = {
  node: FactWhere;
};

export type FactCreateInput = {
  accessCount?: InputMaybe<Scalars['Int']['input']>;
  activation?: InputMaybe<Scalars['Float']['input']>;
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  archivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  confidence: Scalars['Float']['input'];
  invalidatedAt?: InputMaybe<Scalars['DateTime']['input']>;
  invalidatedBy?: InputMaybe<FactInvalidatedByFieldInput>;
  lastAccessedAt?: InputMaybe<Scalars['DateTime']['input']>;
  object?: InputMaybe<FactObjectFieldInput>;
  objectValue?: InputMaybe<Scalars['String']['input']>;
  pinned?: InputMaybe<Scalars['Boolean']['input']>;
  predicate: Scalars['String']['input'];
  sources?: InputMaybe<FactSourcesFieldInput>;
  statement: Scalars['String']['input'];
  subject?: InputMaybe<FactSubjectFieldInput>;
  userId: Scalars['ID']['input'];
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  validTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type FactDeleteInput = {
  invalidatedBy?: InputMaybe<FactInvalidatedByDeleteFieldInput>;
  object?: InputMaybe<FactObjectDeleteFieldInput>;
  sources?: InputMaybe<Array<FactSourcesDeleteFieldInput>>;
  subject?: InputMaybe<FactSubjectDeleteFieldInput>;
};

export type FactDisconnectInput = {
  sources?: InputMaybe<Array<FactSourcesDisconnectFieldInput>>;
};

export type FactEdge = {
  __typename?: 'FactEdge';
  cursor: Scalars['String']['output'];
  node: Fact;
};

export type FactEpisodeSourcesAggregateSelection = {
  __typename?: 'FactEpisodeSourcesAggregateSelection';
  count: CountConnection;
  node?: Maybe<FactEpisodeSourcesNodeAggregateSelection>;
};

export type FactEpisodeSourcesNodeAggregateSelection = {
  __typename?: 'FactEpisodeSourcesNodeAggregateSelection';
  attempts: IntAggregateSelection;
  content: StringAggregateSelection;
  contentHash: StringAggregateSelection;
  conversationId: StringAggregateSelection;
  ingestedAt: DateTimeAggregateSelection;
  occurredAt: DateTimeAggregateSelection;
  processedAt: DateTimeAggregateSelection;
  processingError: StringAggregateSelection;
  source: StringAggregateSelection;
  sourceRef: StringAggregateSelection;
  speaker: StringAggregateSelection;
  turn: IntAggregateSelection;
};

export type FactInvalidatedByConnection = {
  __typename?: 'FactInvalidatedByConnection';
  edges: Array<FactInvalidatedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FactInvalidatedByConnectionWhere = {
  AND?: InputMaybe<Array<FactInvalidatedByConnectionWhere>>;
  NOT?: InputMaybe<FactInvalidatedByConnectionWhere>;
  OR?: InputMaybe<Array<FactInvalidatedByConnectionWhere>>;
  node?: InputMaybe<EpisodeWhere>;
};

export type FactInvalidatedByCreateFieldInput = {
  node: EpisodeCreateInput;
};

export type FactInvalidatedByDeleteFieldInput = {
  delete?: InputMaybe<EpisodeDeleteInput>;
  where?: InputMaybe<FactInvalidatedByConnectionWhere>;
};

export type FactInvalidatedByFieldInput = {
  create?: InputMaybe<FactInvalidatedByCreateFieldInput>;
};

export type FactInvalidatedByRelationship = {
  __typename?: 'FactInvalidatedByRelationship';
  cursor: Scalars['String']['output'];
  node: Episode;
};

export type FactObjectConnection = {
  __typename?: 'FactObjectConnection';
  edges: Array<FactObjectRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FactObjectConnectionWhere = {
  AND?: InputMaybe<Array<FactObjectConnectionWhere>>;
  NOT?: InputMaybe<FactObjectConnectionWhere>;
  OR?: InputMaybe<Array<FactObjectConnectionWhere>>;
  node?: InputMaybe<EntityWhere>;
};

export type FactObjectCreateFieldInput = {
  node: EntityCreateInput;
};

export type FactObjectDeleteFieldInput = {
  delete?: InputMaybe<EntityDeleteInput>;
  where?: InputMaybe<FactObjectConnectionWhere>;
};

export type FactObjectFieldInput = {
  create?: InputMaybe<FactObjectCreateFieldInput>;
};

export type FactObjectRelationship = {
  __typename?: 'FactObjectRelationship';
  cursor: Scalars['String']['output'];
  node: Entity;
};

export type FactRelationshipFilters = {
  /** Filter type where all of the related Facts match this filter */
  all?: InputMaybe<FactWhere>;
  /** Filter type where none of the related Facts match this filter */
  none?: InputMaybe<FactWhere>;
  /** Filter type where one of the related Facts match this filter */
  single?: InputMaybe<FactWhere>;
  /** Filter type where some of the related Facts match this filter */
  some?: InputMaybe<FactWhere>;
};

/** Fields to sort Facts by. The order in which sorts are applied is not guaranteed when specifying many fields in one FactSort object. */
export type FactSort = {
  accessCount?: InputMaybe<SortDirection>;
  activation?: InputMaybe<SortDirection>;
  archived?: InputMaybe<SortDirection>;
  archivedAt?: InputMaybe<SortDirection>;
  confidence?: InputMaybe<SortDirection>;
  createdAt?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  invalidatedAt?: InputMaybe<SortDirection>;
  lastAccessedAt?: InputMaybe<SortDirection>;
  objectValue?: InputMaybe<SortDirection>;
  pinned?: InputMaybe<SortDirection>;
  predicate?: InputMaybe<SortDirection>;
  statement?: InputMaybe<SortDirection>;
  updatedAt?: InputMaybe<SortDirection>;
  userId?: InputMaybe<SortDirection>;
  validFrom?: InputMaybe<SortDirection>;
  validTo?: InputMaybe<SortDirection>;
};

export type FactSourcesAggregateInput = {
  AND?: InputMaybe<Array<FactSourcesAggregateInput>>;
  NOT?: InputMaybe<FactSourcesAggregateInput>;
  OR?: InputMaybe<Array<FactSourcesAggregateInput>>;
  count?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: InputMaybe<Scalars['Int']['input']>;
  node?: InputMaybe<FactSourcesNodeAggregationWhereInput>;
};

export type FactSourcesConnectFieldInput = {
  connect?: InputMaybe<Array<EpisodeConnectInput>>;
  where?: InputMaybe<EpisodeConnectWhere>;
};

export type FactSourcesConnection = {
  __typename?: 'FactSourcesConnection';
  aggregate: FactEpisodeSourcesAggregateSelection;
  edges: Array<FactSourcesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FactSourcesConnectionAggregateInput = {
  AND?: InputMaybe<Array<FactSourcesConnectionAggregateInput>>;
  NOT?: InputMaybe<FactSourcesConnectionAggregateInput>;
  OR?: InputMaybe<Array<FactSourcesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<FactSourcesNodeAggregationWhereInput>;
};

export type FactSourcesConnectionFilters = {
  /** Filter Facts by aggregating results on related FactSourcesConnections */
  aggregate?: InputMaybe<FactSourcesConnectionAggregateInput>;
  /** Return Facts where all of the related FactSourcesConnections match this filter */
  all?: InputMaybe<FactSourcesConnectionWhere>;
  /** Return Facts where none of the related FactSourcesConnections match this filter */
  none?: InputMaybe<FactSourcesConnectionWhere>;
  /** Return Facts where one of the related FactSourcesConnections match this filter */
  single?: InputMaybe<FactSourcesConnectionWhere>;
  /** Return Facts where some of the related FactSourcesConnections match this filter */
  some?: InputMaybe<FactSourcesConnectionWhere>;
};

export type FactSourcesConnectionSort = {
  node?: InputMaybe<EpisodeSort>;
};

export type FactSourcesConnectionWhere = {
  AND?: InputMaybe<Array<FactSourcesConnectionWhere>>;
  NOT?: InputMaybe<FactSourcesConnectionWhere>;
  OR?: InputMaybe<Array<FactSourcesConnectionWhere>>;
  node?: InputMaybe<EpisodeWhere>;
};

export type FactSourcesCreateFieldInput = {
  node: EpisodeCreateInput;
};

export type FactSourcesDeleteFieldInput = {
  delete?: InputMaybe<EpisodeDeleteInput>;
  where?: InputMaybe<FactSourcesConnectionWhere>;
};

export type FactSourcesDisconnectFieldInput = {
  disconnect?: InputMaybe<EpisodeDisconnectInput>;
  where?: InputMaybe<FactSourcesConnectionWhere>;
};

export type FactSourcesFieldInput = {
  connect?: InputMaybe<Array<FactSourcesConnectFieldInput>>;
  create?: InputMaybe<Array<FactSourcesCreateFieldInput>>;
};

export type FactSourcesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<FactSourcesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<FactSourcesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<FactSourcesNodeAggregationWhereInput>>;
  attempts?: InputMaybe<IntScalarAggregationFilters>;
  content?: InputMaybe<StringScalarAggregationFilters>;
  contentHash?: InputMaybe<StringScalarAggregationFilters>;
  conversationId?: InputMaybe<StringScalarAggregationFilters>;
  ingestedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  occurredAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  processedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  processingError?: InputMaybe<StringScalarAggregationFilters>;
  source?: InputMaybe<StringScalarAggregationFilters>;
  sourceRef?: InputMaybe<StringScalarAggregationFilters>;
  speaker?: InputMaybe<StringScalarAggregationFilters>;
  turn?: InputMaybe<IntScalarAggregationFilters>;
};

export type FactSourcesRelationship = {
  __typename?: 'FactSourcesRelationship';
  cursor: Scalars['String']['output'];
  node: Episode;
};

export type FactSourcesUpdateConnectionInput = {
  node?: InputMaybe<EpisodeUpdateInput>;
  where?: InputMaybe<FactSourcesConnectionWhere>;
};

export type FactSourcesUpdateFieldInput = {
  connect?: InputMaybe<Array<FactSourcesConnectFieldInput>>;
  create?: InputMaybe<Array<FactSourcesCreateFieldInput>>;
  delete?: InputMaybe<Array<FactSourcesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<FactSourcesDisconnectFieldInput>>;
  update?: InputMaybe<FactSourcesUpdateConnectionInput>;
};

export type FactSubjectConnection = {
  __typename?: 'FactSubjectConnection';
  edges: Array<FactSubjectRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FactSubjectConnectionWhere = {
  AND?: InputMaybe<Array<FactSubjectConnectionWhere>>;
  NOT?: InputMaybe<FactSubjectConnectionWhere>;
  OR?: InputMaybe<Array<FactSubjectConnectionWhere>>;
  node?: InputMaybe<EntityWhere>;
};

export type FactSubjectCreateFieldInput = {
  node: EntityCreateInput;
};

export type FactSubjectDeleteFieldInput = {
  delete?: InputMaybe<EntityDeleteInput>;
  where?: InputMaybe<FactSubjectConnectionWhere>;
};

export type FactSubjectFieldInput = {
  create?: InputMaybe<FactSubjectCreateFieldInput>;
};

export type FactSubjectRelationship = {
  __typename?: 'FactSubjectRelationship';
  cursor: Scalars['String']['output'];
  node: Entity;
};

export type FactUpdateInput = {
  accessCount?: InputMaybe<IntScalarMutations>;
  activation?: InputMaybe<FloatScalarMutations>;
  archived?: InputMaybe<BooleanScalarMutations>;
  archivedAt?: InputMaybe<DateTimeScalarMutations>;
  confidence?: InputMaybe<FloatScalarMutations>;
  createdAt?: InputMaybe<DateTimeScalarMutations>;
  invalidatedAt?: InputMaybe<DateTimeScalarMutations>;
  lastAccessedAt?: InputMaybe<DateTimeScalarMutations>;
  objectValue?: InputMaybe<StringScalarMutations>;
  pinned?: InputMaybe<BooleanScalarMutations>;
  predicate?: InputMaybe<StringScalarMutations>;
  sources?: InputMaybe<Array<FactSourcesUpdateFieldInput>>;
  statement?: InputMaybe<StringScalarMutations>;
  userId?: InputMaybe<IdScalarMutations>;
  validFrom?: InputMaybe<DateTimeScalarMutations>;
  validTo?: InputMaybe<DateTimeScalarMutations>;
};

export type FactWhere = {
  AND?: InputMaybe<Array<FactWhere>>;
  NOT?: InputMaybe<FactWhere>;
  OR?: InputMaybe<Array<FactWhere>>;
  accessCount?: InputMaybe<IntScalarFilters>;
  activation?: InputMaybe<FloatScalarFilters>;
  archived?: InputMaybe<BooleanScalarFilters>;
  archivedAt?: InputMaybe<DateTimeScalarFilters>;
  confidence?: InputMaybe<FloatScalarFilters>;
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  invalidatedAt?: InputMaybe<DateTimeScalarFilters>;
  invalidatedBy?: InputMaybe<EpisodeWhere>;
  invalidatedByConnection?: InputMaybe<FactInvalidatedByConnectionWhere>;
  lastAccessedAt?: InputMaybe<DateTimeScalarFilters>;
  object?: InputMaybe<EntityWhere>;
  objectConnection?: InputMaybe<FactObjectConnectionWhere>;
  objectValue?: InputMaybe<StringScalarFilters>;
  pinned?: InputMaybe<BooleanScalarFilters>;
  predicate?: InputMaybe<StringScalarFilters>;
  sources?: InputMaybe<EpisodeRelationshipFilters>;
  /** @deprecated Aggregate filters are moved inside the sourcesConnection filter, please use { sourcesConnection: { aggregate: {...} } } instead */
  sourcesAggregate?: InputMaybe<FactSourcesAggregateInput>;
  sourcesConnection?: InputMaybe<FactSourcesConnectionFilters>;
  statement?: InputMaybe<StringScalarFilters>;
  subject?: InputMaybe<EntityWhere>;
  subjectConnection?: InputMaybe<FactSubjectConnectionWhere>;
  updatedAt?: InputMaybe<DateTimeScalarFilters>;
  userId?: InputMaybe<IdScalarFilters>;
  validFrom?: InputMaybe<DateTimeScalarFilters>;
  validTo?: InputMaybe<DateTimeScalarFilters>;
};

export type FactsConnection = {
  __typename?: 'FactsConnection';
  aggregate: FactAggregate;
  edges: Array<FactEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FloatAggregateSelection = {
  __typename?: 'FloatAggregateSelection';
  average?: Maybe<Scalars['Float']['output']>;
  max?: Maybe<Scalars['Float']['output']>;
  min?: Maybe<Scalars['Float']['output']>;
  sum?: Maybe<Scalars['Float']['output']>;
};

/** Filters for an aggregation of a float field */
export type FloatScalarAggregationFilters = {
  average?: InputMaybe<FloatScalarFilters>;
  max?: InputMaybe<FloatScalarFilters>;
  min?: InputMaybe<FloatScalarFilters>;
  sum?: InputMaybe<FloatScalarFilters>;
};

/** Float filters */
export type FloatScalarFilters = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** Float mutations */
export type FloatScalarMutations = {
  add?: InputMaybe<Scalars['Float']['input']>;
  divide?: InputMaybe<Scalars['Float']['input']>;
  multiply?: InputMaybe<Scalars['Float']['input']>;
  set?: InputMaybe<Scalars['Float']['input']>;
  subtract?: InputMaybe<Scalars['Float']['input']>;
};

/** Counts of one kind of change, with the ids affected (at most 100 per list; see ForgetReport.idsTruncated). */
export type ForgetChanges = {
  __typename?: 'ForgetChanges';
  entities: Scalars['Int']['output'];
  entityIds: Array<Scalars['ID']['output']>;
  episodeIds: Array<Scalars['ID']['output']>;
  /** Episodes are never archived; they are deleted when the memories that used them are all deleted. */
  episodes: Scalars['Int']['output'];
  factIds: Array<Scalars['ID']['output']>;
  facts: Scalars['Int']['output'];
};

export type ForgetCounts = {
  __typename?: 'ForgetCounts';
  entities: Scalars['Int']['output'];
  episodes: Scalars['Int']['output'];
  facts: Scalars['Int']['output'];
};

/** What a forgetting pass did, or on a dry run would do. */
export type ForgetReport = {
  __typename?: 'ForgetReport';
  /** Activation below which memories are archived. */
  archiveBelow: Scalars['Float']['output'];
  archived: ForgetChanges;
  /** Activation below which memories are deleted. */
  deleteBelow: Scalars['Float']['output'];
  deleted: ForgetChanges;
  dryRun: Scalars['Boolean']['output'];
  /** True when more ids changed than the lists hold; the counts are always complete. */
  idsTruncated: Scalars['Boolean']['output'];
  ranAt: Scalars['DateTime']['output'];
  /** Days an archived memory is kept before it is deleted. */
  retentionDays: Scalars['Float']['output'];
  scanned: ForgetCounts;
  userId: Scalars['ID']['output'];
};

/**
 * One change to a user's graph, published after the transaction that made it committed.
 * entity, fact and episode carry the node's own fields (not its relationships); they are null for deletions.
 */
export type GraphUpdate = {
  __typename?: 'GraphUpdate';
  entity?: Maybe<Entity>;
  episode?: Maybe<Episode>;
  fact?: Maybe<Fact>;
  kind: GraphUpdateKind;
  /** For ENTITY_MERGED: the id of the entity merged into nodeId (and deleted). */
  mergedFromId?: Maybe<Scalars['ID']['output']>;
  /** Id of the changed entity, fact or episode (the user id for USER_ERASED). */
  nodeId: Scalars['ID']['output'];
  /** Per user and strictly increasing across all server instances: a gap means a missed update. */
  sequence: Scalars['Int']['output'];
  timestamp: Scalars['DateTime']['output'];
  userId: Scalars['ID']['output'];
};

/** What changed in a user's graph. */
export type GraphUpdateKind =
  | 'ENTITY_CREATED'
  | 'ENTITY_DELETED'
  | 'ENTITY_MERGED'
  | 'ENTITY_UPDATED'
  | 'EPISODE_DELETED'
  | 'EPISODE_FAILED'
  | 'EPISODE_INGESTED'
  | 'EPISODE_PROCESSED'
  | 'EPISODE_UPDATED'
  | 'FACT_CREATED'
  | 'FACT_DELETED'
  | 'FACT_INVALIDATED'
  | 'FACT_UPDATED'
  | 'MEMORY_ARCHIVED'
  | 'MEMORY_FORGOTTEN'
  | 'UPDATES_MISSED'
  | 'USER_ERASED';

/** ID filters */
export type IdScalarFilters = {
  contains?: InputMaybe<Scalars['ID']['input']>;
  endsWith?: InputMaybe<Scalars['ID']['input']>;
  eq?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsWith?: InputMaybe<Scalars['ID']['input']>;
};

/** ID mutations */
export type IdScalarMutations = {
  set?: InputMaybe<Scalars['ID']['input']>;
};

export type IngestInput = {
  content: Scalars['String']['input'];
  /** The conversation (chat session, thread) it belongs to: consecutive turns give each other context. */
  conversationId?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; defaults to now. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Free text such as chat, x, browser, manual (default manual). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Your id for this input (message id, URL): ingesting the same sourceRef again is a no-op. */
  sourceRef?: InputMaybe<Scalars['String']['input']>;
  /** Who said it: a name, or a chat role (user, assistant). Absent, user, or the user's name: the user's own words. */
  speaker?: InputMaybe<Scalars['String']['input']>;
};

/** SYNC extracts before answering; ASYNC stores the raw episode at once and extracts it in the background. */
export type IngestMode =
  | 'ASYNC'
  | 'SYNC';

export type IngestResult = {
  __typename?: 'IngestResult';
  /** True when this sourceRef (or, without one, this content) was already ingested: nothing was written. */
  duplicate: Scalars['Boolean']['output'];
  entitiesCreated: Array<Entity>;
  /** Existing entities this episode added aliases or summary to. */
  entitiesUpdated: Array<Entity>;
  episode: Episode;
  factsCreated: Array<Fact>;
  /** Facts this episode showed no longer hold (kept, with validTo and invalidatedAt set). */
  factsInvalidated: Array<Fact>;
  /** How many episodes shared the model calls (0 for a duplicate). */
  packSize: Scalars['Int']['output'];
  status: IngestStatus;
  /** Model calls that processed this episode; episodes packed into one call share it (QUEUED: the embeddings call only). */
  usage: LlmUsage;
};

export type IngestStatus =
  /** Extracted and written. */
  | 'DONE'
  /** Already ingested: nothing was written. */
  | 'DUPLICATE'
  /** Stored (recall finds it already); extraction follows in the background, announced as EPISODE_PROCESSED. */
  | 'QUEUED';

export type IntAggregateSelection = {
  __typename?: 'IntAggregateSelection';
  average?: Maybe<Scalars['Float']['output']>;
  max?: Maybe<Scalars['Int']['output']>;
  min?: Maybe<Scalars['Int']['output']>;
  sum?: Maybe<Scalars['Int']['output']>;
};

/** Filters for an aggregation of an int field */
export type IntScalarAggregationFilters = {
  average?: InputMaybe<FloatScalarFilters>;
  max?: InputMaybe<IntScalarFilters>;
  min?: InputMaybe<IntScalarFilters>;
  sum?: InputMaybe<IntScalarFilters>;
};

/** Int filters */
export type IntScalarFilters = {
  eq?: InputMaybe<Scalars['Int']['input']>;
  gt?: InputMaybe<Scalars['Int']['input']>;
  gte?: InputMaybe<Scalars['Int']['input']>;
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  lt?: InputMaybe<Scalars['Int']['input']>;
  lte?: InputMaybe<Scalars['Int']['input']>;
};

/** Int mutations */
export type IntScalarMutations = {
  add?: InputMaybe<Scalars['Int']['input']>;
  set?: InputMaybe<Scalars['Int']['input']>;
  subtract?: InputMaybe<Scalars['Int']['input']>;
};

/** Mutations for a list for String */
export type ListStringMutations = {
  pop?: InputMaybe<Scalars['Int']['input']>;
  push?: InputMaybe<Array<Scalars['String']['input']>>;
  set?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type LlmUsage = {
  __typename?: 'LlmUsage';
  calls: Scalars['Int']['output'];
  chatModel: Scalars['String']['output'];
  /** openai or offline (chat and embeddings are configured apart) */
  chatProvider: Scalars['String']['output'];
  completionTokens: Scalars['Int']['output'];
  embeddingModel: Scalars['String']['output'];
  /** openai, local or hash */
  embeddingProvider: Scalars['String']['output'];
  model: Scalars['String']['output'];
  promptTokens: Scalars['Int']['output'];
  /** The chat provider: openai or offline */
  provider: Scalars['String']['output'];
};

export type MemoryItem = {
  __typename?: 'MemoryItem';
  id: Scalars['ID']['output'];
  kind: MemoryKind;
  /** When the episode happened, or when the fact began to hold (null for entities). */
  occurredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Fused relevance weighted by activation and recency; only the order is meaningful. */
  score: Scalars['Float']['output'];
  /** The episodes this item is evidence from, most relevant to the query first (an episode cites itself; a fact or entity its few best sources). */
  sources: Array<Episode>;
  /** The fact's statement, the entity's name, type and summary, or the episode's content. */
  text: Scalars['String']['output'];
};

export type MemoryKind =
  | 'ENTITY'
  | 'EPISODE'
  | 'FACT';

export type Mutation = {
  __typename?: 'Mutation';
  createEntities: CreateEntitiesMutationResponse;
  createEpisodes: CreateEpisodesMutationResponse;
  createFacts: CreateFactsMutationResponse;
  createUsers: CreateUsersMutationResponse;
  deleteEntities: DeleteInfo;
  deleteEpisodes: DeleteInfo;
  deleteFacts: DeleteInfo;
  deleteUsers: DeleteInfo;
  /** Deletes every node and relationship of a user (for privacy requests). */
  eraseUser: ErasedCounts;
  /** Deletes an entity and every fact about it; with deleteEpisodes, also the episodes nothing else uses. */
  forgetEntity: RemovedCounts;
  /** Deletes a fact; with deleteEpisodes, also the episodes nothing else uses. */
  forgetFact: RemovedCounts;
  /** Runs the forgetting pass for one user now. With dryRun it changes nothing and reports what it would do. */
  forgetMemories: ForgetReport;
  /** Adds one episode to the user's graph: one extraction call, one embeddings call, one transaction. */
  ingest: IngestResult;
  /** Adds several episodes, in occurredAt order, packing several per model call; results in input order. */
  ingestBatch: Array<IngestResult>;
  /**
   * Merges entity mergeId into keepId: its facts, mentions and names (as aliases) move to keepId, and mergeId is
   * deleted. One transaction. Counts as a use of the kept entity.
   */
  mergeEntities: Entity;
  /** Pins (never decays, never archived or deleted) or unpins an entity or fact. Counts as a use. */
  pinMemory: PinResult;
  /** recall + one answering call that uses only the recalled context and cites it. */
  ragQuery: RagAnswer;
  /** Puts a FAILED episode back in the extraction queue. */
  retryEpisode: Episode;
  updateEntities: UpdateEntitiesMutationResponse;
  updateEpisodes: UpdateEpisodesMutationResponse;
  updateFacts: UpdateFactsMutationResponse;
  updateUsers: UpdateUsersMutationResponse;
};


export type MutationCreateEntitiesArgs = {
  input: Array<EntityCreateInput>;
};


export type MutationCreateEpisodesArgs = {
  input: Array<EpisodeCreateInput>;
};


export type MutationCreateFactsArgs = {
  input: Array<FactCreateInput>;
};


export type MutationCreateUsersArgs = {
  input: Array<UserCreateInput>;
};


export type MutationDeleteEntitiesArgs = {
  delete?: InputMaybe<EntityDeleteInput>;
  where?: InputMaybe<EntityWhere>;
};


export type MutationDeleteEpisodesArgs = {
  delete?: InputMaybe<EpisodeDeleteInput>;
  where?: InputMaybe<EpisodeWhere>;
};


export type MutationDeleteFactsArgs = {
  delete?: InputMaybe<FactDeleteInput>;
  where?: InputMaybe<FactWhere>;
};


export type MutationDeleteUsersArgs = {
  where?: InputMaybe<UserWhere>;
};


export type MutationEraseUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationForgetEntityArgs = {
  deleteEpisodes?: InputMaybe<Scalars['Boolean']['input']>;
  entityId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationForgetFactArgs = {
  deleteEpisodes?: InputMaybe<Scalars['Boolean']['input']>;
  factId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationForgetMemoriesArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationIngestArgs = {
  input: IngestInput;
  mode?: InputMaybe<IngestMode>;
  userId: Scalars['ID']['input'];
};


export type MutationIngestBatchArgs = {
  inputs: Array<IngestInput>;
  mode?: InputMaybe<IngestMode>;
  userId: Scalars['ID']['input'];
};


export type MutationMergeEntitiesArgs = {
  keepId: Scalars['ID']['input'];
  mergeId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationPinMemoryArgs = {
  id: Scalars['ID']['input'];
  pinned: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRagQueryArgs = {
  input: RagQueryInput;
  userId: Scalars['ID']['input'];
};


export type MutationRetryEpisodeArgs = {
  episodeId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationUpdateEntitiesArgs = {
  update?: InputMaybe<EntityUpdateInput>;
  where?: InputMaybe<EntityWhere>;
};


export type MutationUpdateEpisodesArgs = {
  update?: InputMaybe<EpisodeUpdateInput>;
  where?: InputMaybe<EpisodeWhere>;
};


export type MutationUpdateFactsArgs = {
  update?: InputMaybe<FactUpdateInput>;
  where?: InputMaybe<FactWhere>;
};


export type MutationUpdateUsersArgs = {
  update?: InputMaybe<UserUpdateInput>;
  where?: InputMaybe<UserWhere>;
};

/** Pagination information (Relay) */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** An entity or fact whose pin was set. */
export type PinResult = {
  __typename?: 'PinResult';
  activation?: Maybe<Scalars['Float']['output']>;
  archived: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** entity or fact */
  kind: Scalars['String']['output'];
  pinned: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  entities: Array<Entity>;
  entitiesConnection: EntitiesConnection;
  episodes: Array<Episode>;
  episodesConnection: EpisodesConnection;
  facts: Array<Fact>;
  factsConnection: FactsConnection;
  /** Hybrid retrieval over the user's facts, entities and episodes. No chat completion, one embeddings call. */
  recall: Array<MemoryItem>;
  serverInfo: ServerInfo;
  users: Array<User>;
  usersConnection: UsersConnection;
};


export type QueryEntitiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


export type QueryEntitiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


export type QueryEpisodesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EpisodeSort>>;
  where?: InputMaybe<EpisodeWhere>;
};


export type QueryEpisodesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EpisodeSort>>;
  where?: InputMaybe<EpisodeWhere>;
};


export type QueryFactsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FactSort>>;
  where?: InputMaybe<FactWhere>;
};


export type QueryFactsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FactSort>>;
  where?: InputMaybe<FactWhere>;
};


export type QueryRecallArgs = {
  input: RecallInput;
  userId: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<UserSort>>;
  where?: InputMaybe<UserWhere>;
};


export type QueryUsersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<UserSort>>;
  where?: InputMaybe<UserWhere>;
};

export type RagAnswer = {
  __typename?: 'RagAnswer';
  answer: Scalars['String']['output'];
  /** The context items the answer uses. */
  citations: Array<MemoryItem>;
  /** What recall gave the model, numbered 1..n in this order. */
  context: Array<MemoryItem>;
  /** False when the memory does not hold the answer. */
  known: Scalars['Boolean']['output'];
  usage: LlmUsage;
};

export type RagQueryInput = {
  /** When the question is asked (default now), as in RecallInput. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};

export type RecallInput = {
  /** Facts as they held at this time instead of now. */
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  /** When the question is asked (default now): time in the query such as last month or in May resolves against it. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};

/** What a hand deletion removed. */
export type RemovedCounts = {
  __typename?: 'RemovedCounts';
  entities: Scalars['Int']['output'];
  entityIds: Array<Scalars['ID']['output']>;
  episodeIds: Array<Scalars['ID']['output']>;
  episodes: Scalars['Int']['output'];
  factIds: Array<Scalars['ID']['output']>;
  facts: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
};

export type ServerInfo = {
  __typename?: 'ServerInfo';
  /** open (no auth, loopback only) or jwt */
  authMode: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

/** An enum for sorting in either ascending or descending order. */
export type SortDirection =
  /** Sort by field values in ascending order. */
  | 'ASC'
  /** Sort by field values in descending order. */
  | 'DESC';

export type StringAggregateSelection = {
  __typename?: 'StringAggregateSelection';
  longest?: Maybe<Scalars['String']['output']>;
  shortest?: Maybe<Scalars['String']['output']>;
};

/** String list filters */
export type StringListFilters = {
  eq?: InputMaybe<Array<Scalars['String']['input']>>;
  includes?: InputMaybe<Scalars['String']['input']>;
};

/** Filters for an aggregation of a string field */
export type StringScalarAggregationFilters = {
  averageLength?: InputMaybe<FloatScalarFilters>;
  longestLength?: InputMaybe<IntScalarFilters>;
  shortestLength?: InputMaybe<IntScalarFilters>;
};

/** String filters */
export type StringScalarFilters = {
  contains?: InputMaybe<Scalars['String']['input']>;
  endsWith?: InputMaybe<Scalars['String']['input']>;
  eq?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/** String mutations */
export type StringScalarMutations = {
  set?: InputMaybe<Scalars['String']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Every change to this user's graph, from any path (ingest, CRUD, edits, forgetting), as it commits. */
  graphUpdates: GraphUpdate;
};


export type SubscriptionGraphUpdatesArgs = {
  userId: Scalars['ID']['input'];
};

export type UpdateEntitiesMutationResponse = {
  __typename?: 'UpdateEntitiesMutationResponse';
  entities: Array<Entity>;
  info: UpdateInfo;
};

export type UpdateEpisodesMutationResponse = {
  __typename?: 'UpdateEpisodesMutationResponse';
  episodes: Array<Episode>;
  info: UpdateInfo;
};

export type UpdateFactsMutationResponse = {
  __typename?: 'UpdateFactsMutationResponse';
  facts: Array<Fact>;
  info: UpdateInfo;
};

/** Information about the number of nodes and relationships created and deleted during an update mutation */
export type UpdateInfo = {
  __typename?: 'UpdateInfo';
  nodesCreated: Scalars['Int']['output'];
  nodesDeleted: Scalars['Int']['output'];
  relationshipsCreated: Scalars['Int']['output'];
  relationshipsDeleted: Scalars['Int']['output'];
};

export type UpdateUsersMutationResponse = {
  __typename?: 'UpdateUsersMutationResponse';
  info: UpdateInfo;
  users: Array<User>;
};

export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  /** The caller's own id for this user, e.g. alice123. */
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
};

export type UserAggregate = {
  __typename?: 'UserAggregate';
  count: Count;
  node: UserAggregateNode;
};

export type UserAggregateNode = {
  __typename?: 'UserAggregateNode';
  createdAt: DateTimeAggregateSelection;
  name: StringAggregateSelection;
};

export type UserCreateInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

/** Fields to sort Users by. The order in which sorts are applied is not guaranteed when specifying many fields in one UserSort object. */
export type UserSort = {
  createdAt?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
};

export type UserUpdateInput = {
  createdAt?: InputMaybe<DateTimeScalarMutations>;
  id?: InputMaybe<IdScalarMutations>;
  name?: InputMaybe<StringScalarMutations>;
};

export type UserWhere = {
  AND?: InputMaybe<Array<UserWhere>>;
  NOT?: InputMaybe<UserWhere>;
  OR?: InputMaybe<Array<UserWhere>>;
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
};

export type UsersConnection = {
  __typename?: 'UsersConnection';
  aggregate: UserAggregate;
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BooleanScalarFilters: BooleanScalarFilters;
  BooleanScalarMutations: BooleanScalarMutations;
  ConnectionAggregationCountFilterInput: ConnectionAggregationCountFilterInput;
  Count: ResolverTypeWrapper<Count>;
  CountConnection: ResolverTypeWrapper<CountConnection>;
  CreateEntitiesMutationResponse: ResolverTypeWrapper<Omit<CreateEntitiesMutationResponse, 'entities'> & { entities: Array<ResolversTypes['Entity']> }>;
  CreateEpisodesMutationResponse: ResolverTypeWrapper<Omit<CreateEpisodesMutationResponse, 'episodes'> & { episodes: Array<ResolversTypes['Episode']> }>;
  CreateFactsMutationResponse: ResolverTypeWrapper<Omit<CreateFactsMutationResponse, 'facts'> & { facts: Array<ResolversTypes['Fact']> }>;
  CreateInfo: ResolverTypeWrapper<CreateInfo>;
  CreateUsersMutationResponse: ResolverTypeWrapper<CreateUsersMutationResponse>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DateTimeAggregateSelection: ResolverTypeWrapper<DateTimeAggregateSelection>;
  DateTimeScalarAggregationFilters: DateTimeScalarAggregationFilters;
  DateTimeScalarFilters: DateTimeScalarFilters;
  DateTimeScalarMutations: DateTimeScalarMutations;
  DeleteInfo: ResolverTypeWrapper<DeleteInfo>;
  EntitiesConnection: ResolverTypeWrapper<Omit<EntitiesConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEdge']> }>;
  Entity: ResolverTypeWrapper<Record<string, unknown>>;
  EntityAggregate: ResolverTypeWrapper<EntityAggregate>;
  EntityAggregateNode: ResolverTypeWrapper<EntityAggregateNode>;
  EntityConnectInput: EntityConnectInput;
  EntityConnectWhere: EntityConnectWhere;
  EntityCreateInput: EntityCreateInput;
  EntityDeleteInput: EntityDeleteInput;
  EntityDisconnectInput: EntityDisconnectInput;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityEpisodeEpisodesAggregateSelection: ResolverTypeWrapper<EntityEpisodeEpisodesAggregateSelection>;
  EntityEpisodeEpisodesNodeAggregateSelection: ResolverTypeWrapper<EntityEpisodeEpisodesNodeAggregateSelection>;
  EntityEpisodesAggregateInput: EntityEpisodesAggregateInput;
  EntityEpisodesConnectFieldInput: EntityEpisodesConnectFieldInput;
  EntityEpisodesConnection: ResolverTypeWrapper<Omit<EntityEpisodesConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEpisodesRelationship']> }>;
  EntityEpisodesConnectionAggregateInput: EntityEpisodesConnectionAggregateInput;
  EntityEpisodesConnectionFilters: EntityEpisodesConnectionFilters;
  EntityEpisodesConnectionSort: EntityEpisodesConnectionSort;
  EntityEpisodesConnectionWhere: EntityEpisodesConnectionWhere;
  EntityEpisodesCreateFieldInput: EntityEpisodesCreateFieldInput;
  EntityEpisodesDeleteFieldInput: EntityEpisodesDeleteFieldInput;
  EntityEpisodesDisconnectFieldInput: EntityEpisodesDisconnectFieldInput;
  EntityEpisodesFieldInput: EntityEpisodesFieldInput;
  EntityEpisodesNodeAggregationWhereInput: EntityEpisodesNodeAggregationWhereInput;
  EntityEpisodesRelationship: ResolverTypeWrapper<Omit<EntityEpisodesRelationship, 'node'> & { node: ResolversTypes['Episode'] }>;
  EntityEpisodesUpdateConnectionInput: EntityEpisodesUpdateConnectionInput;
  EntityEpisodesUpdateFieldInput: EntityEpisodesUpdateFieldInput;
  EntityFactFactsAsObjectAggregateSelection: ResolverTypeWrapper<EntityFactFactsAsObjectAggregateSelection>;
  EntityFactFactsAsObjectNodeAggregateSelection: ResolverTypeWrapper<EntityFactFactsAsObjectNodeAggregateSelection>;
  EntityFactFactsAsSubjectAggregateSelection: ResolverTypeWrapper<EntityFactFactsAsSubjectAggregateSelection>;
  EntityFactFactsAsSubjectNodeAggregateSelection: ResolverTypeWrapper<EntityFactFactsAsSubjectNodeAggregateSelection>;
  EntityFactsAsObjectAggregateInput: EntityFactsAsObjectAggregateInput;
  EntityFactsAsObjectConnectFieldInput: EntityFactsAsObjectConnectFieldInput;
  EntityFactsAsObjectConnection: ResolverTypeWrapper<Omit<EntityFactsAsObjectConnection, 'edges'> & { edges: Array<ResolversTypes['EntityFactsAsObjectRelationship']> }>;
  EntityFactsAsObjectConnectionAggregateInput: EntityFactsAsObjectConnectionAggregateInput;
  EntityFactsAsObjectConnectionFilters: EntityFactsAsObjectConnectionFilters;
  EntityFactsAsObjectConnectionSort: EntityFactsAsObjectConnectionSort;
  EntityFactsAsObjectConnectionWhere: EntityFactsAsObjectConnectionWhere;
  EntityFactsAsObjectCreateFieldInput: EntityFactsAsObjectCreateFieldInput;
  EntityFactsAsObjectDeleteFieldInput: EntityFactsAsObjectDeleteFieldInput;
  EntityFactsAsObjectDisconnectFieldInput: EntityFactsAsObjectDisconnectFieldInput;
  EntityFactsAsObjectFieldInput: EntityFactsAsObjectFieldInput;
  EntityFactsAsObjectNodeAggregationWhereInput: EntityFactsAsObjectNodeAggregationWhereInput;
  EntityFactsAsObjectRelationship: ResolverTypeWrapper<Omit<EntityFactsAsObjectRelationship, 'node'> & { node: ResolversTypes['Fact'] }>;
  EntityFactsAsObjectUpdateConnectionInput: EntityFactsAsObjectUpdateConnectionInput;
  EntityFactsAsObjectUpdateFieldInput: EntityFactsAsObjectUpdateFieldInput;
  EntityFactsAsSubjectAggregateInput: EntityFactsAsSubjectAggregateInput;
  EntityFactsAsSubjectConnectFieldInput: EntityFactsAsSubjectConnectFieldInput;
  EntityFactsAsSubjectConnection: ResolverTypeWrapper<Omit<EntityFactsAsSubjectConnection, 'edges'> & { edges: Array<ResolversTypes['EntityFactsAsSubjectRelationship']> }>;
  EntityFactsAsSubjectConnectionAggregateInput: EntityFactsAsSubjectConnectionAggregateInput;
  EntityFactsAsSubjectConnectionFilters: EntityFactsAsSubjectConnectionFilters;
  EntityFactsAsSubjectConnectionSort: EntityFactsAsSubjectConnectionSort;
  EntityFactsAsSubjectConnectionWhere: EntityFactsAsSubjectConnectionWhere;
  EntityFactsAsSubjectCreateFieldInput: EntityFactsAsSubjectCreateFieldInput;
  EntityFactsAsSubjectDeleteFieldInput: EntityFactsAsSubjectDeleteFieldInput;
  EntityFactsAsSubjectDisconnectFieldInput: EntityFactsAsSubjectDisconnectFieldInput;
  EntityFactsAsSubjectFieldInput: EntityFactsAsSubjectFieldInput;
  EntityFactsAsSubjectNodeAggregationWhereInput: EntityFactsAsSubjectNodeAggregationWhereInput;
  EntityFactsAsSubjectRelationship: ResolverTypeWrapper<Omit<EntityFactsAsSubjectRelationship, 'node'> & { node: ResolversTypes['Fact'] }>;
  EntityFactsAsSubjectUpdateConnectionInput: EntityFactsAsSubjectUpdateConnectionInput;
  EntityFactsAsSubjectUpdateFieldInput: EntityFactsAsSubjectUpdateFieldInput;
  EntityRelationshipFilters: EntityRelationshipFilters;
  EntitySort: EntitySort;
  EntityUpdateInput: EntityUpdateInput;
  EntityWhere: EntityWhere;
  Episode: ResolverTypeWrapper<Record<string, unknown>>;
  EpisodeAggregate: ResolverTypeWrapper<EpisodeAggregate>;
  EpisodeAggregateNode: ResolverTypeWrapper<EpisodeAggregateNode>;
  EpisodeConnectInput: EpisodeConnectInput;
  EpisodeConnectWhere: EpisodeConnectWhere;
  EpisodeCreateInput: EpisodeCreateInput;
  EpisodeDeleteInput: EpisodeDeleteInput;
  EpisodeDisconnectInput: EpisodeDisconnectInput;
  EpisodeEdge: ResolverTypeWrapper<Omit<EpisodeEdge, 'node'> & { node: ResolversTypes['Episode'] }>;
  EpisodeEntitiesAggregateInput: EpisodeEntitiesAggregateInput;
  EpisodeEntitiesConnectFieldInput: EpisodeEntitiesConnectFieldInput;
  EpisodeEntitiesConnection: ResolverTypeWrapper<Omit<EpisodeEntitiesConnection, 'edges'> & { edges: Array<ResolversTypes['EpisodeEntitiesRelationship']> }>;
  EpisodeEntitiesConnectionAggregateInput: EpisodeEntitiesConnectionAggregateInput;
  EpisodeEntitiesConnectionFilters: EpisodeEntitiesConnectionFilters;
  EpisodeEntitiesConnectionSort: EpisodeEntitiesConnectionSort;
  EpisodeEntitiesConnectionWhere: EpisodeEntitiesConnectionWhere;
  EpisodeEntitiesCreateFieldInput: EpisodeEntitiesCreateFieldInput;
  EpisodeEntitiesDeleteFieldInput: EpisodeEntitiesDeleteFieldInput;
  EpisodeEntitiesDisconnectFieldInput: EpisodeEntitiesDisconnectFieldInput;
  EpisodeEntitiesFieldInput: EpisodeEntitiesFieldInput;
  EpisodeEntitiesNodeAggregationWhereInput: EpisodeEntitiesNodeAggregationWhereInput;
  EpisodeEntitiesRelationship: ResolverTypeWrapper<Omit<EpisodeEntitiesRelationship, 'node'> & { node: ResolversTypes['Entity'] }>;
  EpisodeEntitiesUpdateConnectionInput: EpisodeEntitiesUpdateConnectionInput;
  EpisodeEntitiesUpdateFieldInput: EpisodeEntitiesUpdateFieldInput;
  EpisodeEntityEntitiesAggregateSelection: ResolverTypeWrapper<EpisodeEntityEntitiesAggregateSelection>;
  EpisodeEntityEntitiesNodeAggregateSelection: ResolverTypeWrapper<EpisodeEntityEntitiesNodeAggregateSelection>;
  EpisodeFactFactsAggregateSelection: ResolverTypeWrapper<EpisodeFactFactsAggregateSelection>;
  EpisodeFactFactsNodeAggregateSelection: ResolverTypeWrapper<EpisodeFactFactsNodeAggregateSelection>;
  EpisodeFactsAggregateInput: EpisodeFactsAggregateInput;
  EpisodeFactsConnectFieldInput: EpisodeFactsConnectFieldInput;
  EpisodeFactsConnection: ResolverTypeWrapper<Omit<EpisodeFactsConnection, 'edges'> & { edges: Array<ResolversTypes['EpisodeFactsRelationship']> }>;
  EpisodeFactsConnectionAggregateInput: EpisodeFactsConnectionAggregateInput;
  EpisodeFactsConnectionFilters: EpisodeFactsConnectionFilters;
  EpisodeFactsConnectionSort: EpisodeFactsConnectionSort;
  EpisodeFactsConnectionWhere: EpisodeFactsConnectionWhere;
  EpisodeFactsCreateFieldInput: EpisodeFactsCreateFieldInput;
  EpisodeFactsDeleteFieldInput: EpisodeFactsDeleteFieldInput;
  EpisodeFactsDisconnectFieldInput: EpisodeFactsDisconnectFieldInput;
  EpisodeFactsFieldInput: EpisodeFactsFieldInput;
  EpisodeFactsNodeAggregationWhereInput: EpisodeFactsNodeAggregationWhereInput;
  EpisodeFactsRelationship: ResolverTypeWrapper<Omit<EpisodeFactsRelationship, 'node'> & { node: ResolversTypes['Fact'] }>;
  EpisodeFactsUpdateConnectionInput: EpisodeFactsUpdateConnectionInput;
  EpisodeFactsUpdateFieldInput: EpisodeFactsUpdateFieldInput;
  EpisodeRelationshipFilters: EpisodeRelationshipFilters;
  EpisodeSort: EpisodeSort;
  EpisodeStatus: EpisodeStatus;
  EpisodeStatusEnumScalarFilters: EpisodeStatusEnumScalarFilters;
  EpisodeUpdateInput: EpisodeUpdateInput;
  EpisodeWhere: EpisodeWhere;
  EpisodesConnection: ResolverTypeWrapper<Omit<EpisodesConnection, 'edges'> & { edges: Array<ResolversTypes['EpisodeEdge']> }>;
  ErasedCounts: ResolverTypeWrapper<ErasedCounts>;
  Fact: ResolverTypeWrapper<Record<string, unknown>>;
  FactAggregate: ResolverTypeWrapper<FactAggregate>;
  FactAggregateNode: ResolverTypeWrapper<FactAggregateNode>;
  FactConnectInput: FactConnectInput;
  FactConnectWhere: FactConnectWhere;
  FactCreateInput: FactCreateInput;
  FactDeleteInput: FactDeleteInput;
  FactDisconnectInput: FactDisconnectInput;
  FactEdge: ResolverTypeWrapper<Omit<FactEdge, 'node'> & { node: ResolversTypes['Fact'] }>;
  FactEpisodeSourcesAggregateSelection: ResolverTypeWrapper<FactEpisodeSourcesAggregateSelection>;
  FactEpisodeSourcesNodeAggregateSelection: ResolverTypeWrapper<FactEpisodeSourcesNodeAggregateSelection>;
  FactInvalidatedByConnection: ResolverTypeWrapper<Omit<FactInvalidatedByConnection, 'edges'> & { edges: Array<ResolversTypes['FactInvalidatedByRelationship']> }>;
  FactInvalidatedByConnectionWhere: FactInvalidatedByConnectionWhere;
  FactInvalidatedByCreateFieldInput: FactInvalidatedByCreateFieldInput;
  FactInvalidatedByDeleteFieldInput: FactInvalidatedByDeleteFieldInput;
  FactInvalidatedByFieldInput: FactInvalidatedByFieldInput;
  FactInvalidatedByRelationship: ResolverTypeWrapper<Omit<FactInvalidatedByRelationship, 'node'> & { node: ResolversTypes['Episode'] }>;
  FactObjectConnection: ResolverTypeWrapper<Omit<FactObjectConnection, 'edges'> & { edges: Array<ResolversTypes['FactObjectRelationship']> }>;
  FactObjectConnectionWhere: FactObjectConnectionWhere;
  FactObjectCreateFieldInput: FactObjectCreateFieldInput;
  FactObjectDeleteFieldInput: FactObjectDeleteFieldInput;
  FactObjectFieldInput: FactObjectFieldInput;
  FactObjectRelationship: ResolverTypeWrapper<Omit<FactObjectRelationship, 'node'> & { node: ResolversTypes['Entity'] }>;
  FactRelationshipFilters: FactRelationshipFilters;
  FactSort: FactSort;
  FactSourcesAggregateInput: FactSourcesAggregateInput;
  FactSourcesConnectFieldInput: FactSourcesConnectFieldInput;
  FactSourcesConnection: ResolverTypeWrapper<Omit<FactSourcesConnection, 'edges'> & { edges: Array<ResolversTypes['FactSourcesRelationship']> }>;
  FactSourcesConnectionAggregateInput: FactSourcesConnectionAggregateInput;
  FactSourcesConnectionFilters: FactSourcesConnectionFilters;
  FactSourcesConnectionSort: FactSourcesConnectionSort;
  FactSourcesConnectionWhere: FactSourcesConnectionWhere;
  FactSourcesCreateFieldInput: FactSourcesCreateFieldInput;
  FactSourcesDeleteFieldInput: FactSourcesDeleteFieldInput;
  FactSourcesDisconnectFieldInput: FactSourcesDisconnectFieldInput;
  FactSourcesFieldInput: FactSourcesFieldInput;
  FactSourcesNodeAggregationWhereInput: FactSourcesNodeAggregationWhereInput;
  FactSourcesRelationship: ResolverTypeWrapper<Omit<FactSourcesRelationship, 'node'> & { node: ResolversTypes['Episode'] }>;
  FactSourcesUpdateConnectionInput: FactSourcesUpdateConnectionInput;
  FactSourcesUpdateFieldInput: FactSourcesUpdateFieldInput;
  FactSubjectConnection: ResolverTypeWrapper<Omit<FactSubjectConnection, 'edges'> & { edges: Array<ResolversTypes['FactSubjectRelationship']> }>;
  FactSubjectConnectionWhere: FactSubjectConnectionWhere;
  FactSubjectCreateFieldInput: FactSubjectCreateFieldInput;
  FactSubjectDeleteFieldInput: FactSubjectDeleteFieldInput;
  FactSubjectFieldInput: FactSubjectFieldInput;
  FactSubjectRelationship: ResolverTypeWrapper<Omit<FactSubjectRelationship, 'node'> & { node: ResolversTypes['Entity'] }>;
  FactUpdateInput: FactUpdateInput;
  FactWhere: FactWhere;
  FactsConnection: ResolverTypeWrapper<Omit<FactsConnection, 'edges'> & { edges: Array<ResolversTypes['FactEdge']> }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FloatAggregateSelection: ResolverTypeWrapper<FloatAggregateSelection>;
  FloatScalarAggregationFilters: FloatScalarAggregationFilters;
  FloatScalarFilters: FloatScalarFilters;
  FloatScalarMutations: FloatScalarMutations;
  ForgetChanges: ResolverTypeWrapper<ForgetChanges>;
  ForgetCounts: ResolverTypeWrapper<ForgetCounts>;
  ForgetReport: ResolverTypeWrapper<ForgetReport>;
  GraphUpdate: ResolverTypeWrapper<GraphUpdateModel>;
  GraphUpdateKind: GraphUpdateKind;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IDScalarFilters: IdScalarFilters;
  IDScalarMutations: IdScalarMutations;
  IngestInput: IngestInput;
  IngestMode: IngestMode;
  IngestResult: ResolverTypeWrapper<IngestResultModel>;
  IngestStatus: IngestStatus;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntAggregateSelection: ResolverTypeWrapper<IntAggregateSelection>;
  IntScalarAggregationFilters: IntScalarAggregationFilters;
  IntScalarFilters: IntScalarFilters;
  IntScalarMutations: IntScalarMutations;
  ListStringMutations: ListStringMutations;
  LlmUsage: ResolverTypeWrapper<LlmUsageModel>;
  MemoryItem: ResolverTypeWrapper<MemoryItemModel>;
  MemoryKind: MemoryKind;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PinResult: ResolverTypeWrapper<PinResult>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RagAnswer: ResolverTypeWrapper<RagAnswerModel>;
  RagQueryInput: RagQueryInput;
  RecallInput: RecallInput;
  RemovedCounts: ResolverTypeWrapper<RemovedCounts>;
  ServerInfo: ResolverTypeWrapper<ServerInfo>;
  SortDirection: SortDirection;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StringAggregateSelection: ResolverTypeWrapper<StringAggregateSelection>;
  StringListFilters: StringListFilters;
  StringScalarAggregationFilters: StringScalarAggregationFilters;
  StringScalarFilters: StringScalarFilters;
  StringScalarMutations: StringScalarMutations;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateEntitiesMutationResponse: ResolverTypeWrapper<Omit<UpdateEntitiesMutationResponse, 'entities'> & { entities: Array<ResolversTypes['Entity']> }>;
  UpdateEpisodesMutationResponse: ResolverTypeWrapper<Omit<UpdateEpisodesMutationResponse, 'episodes'> & { episodes: Array<ResolversTypes['Episode']> }>;
  UpdateFactsMutationResponse: ResolverTypeWrapper<Omit<UpdateFactsMutationResponse, 'facts'> & { facts: Array<ResolversTypes['Fact']> }>;
  UpdateInfo: ResolverTypeWrapper<UpdateInfo>;
  UpdateUsersMutationResponse: ResolverTypeWrapper<UpdateUsersMutationResponse>;
  User: ResolverTypeWrapper<User>;
  UserAggregate: ResolverTypeWrapper<UserAggregate>;
  UserAggregateNode: ResolverTypeWrapper<UserAggregateNode>;
  UserCreateInput: UserCreateInput;
  UserEdge: ResolverTypeWrapper<UserEdge>;
  UserSort: UserSort;
  UserUpdateInput: UserUpdateInput;
  UserWhere: UserWhere;
  UsersConnection: ResolverTypeWrapper<UsersConnection>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  BooleanScalarFilters: BooleanScalarFilters;
  BooleanScalarMutations: BooleanScalarMutations;
  ConnectionAggregationCountFilterInput: ConnectionAggregationCountFilterInput;
  Count: Count;
  CountConnection: CountConnection;
  CreateEntitiesMutationResponse: Omit<CreateEntitiesMutationResponse, 'entities'> & { entities: Array<ResolversParentTypes['Entity']> };
  CreateEpisodesMutationResponse: Omit<CreateEpisodesMutationResponse, 'episodes'> & { episodes: Array<ResolversParentTypes['Episode']> };
  CreateFactsMutationResponse: Omit<CreateFactsMutationResponse, 'facts'> & { facts: Array<ResolversParentTypes['Fact']> };
  CreateInfo: CreateInfo;
  CreateUsersMutationResponse: CreateUsersMutationResponse;
  DateTime: Scalars['DateTime']['output'];
  DateTimeAggregateSelection: DateTimeAggregateSelection;
  DateTimeScalarAggregationFilters: DateTimeScalarAggregationFilters;
  DateTimeScalarFilters: DateTimeScalarFilters;
  DateTimeScalarMutations: DateTimeScalarMutations;
  DeleteInfo: DeleteInfo;
  EntitiesConnection: Omit<EntitiesConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEdge']> };
  Entity: Record<string, unknown>;
  EntityAggregate: EntityAggregate;
  EntityAggregateNode: EntityAggregateNode;
  EntityConnectInput: EntityConnectInput;
  EntityConnectWhere: EntityConnectWhere;
  EntityCreateInput: EntityCreateInput;
  EntityDeleteInput: EntityDeleteInput;
  EntityDisconnectInput: EntityDisconnectInput;
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityEpisodeEpisodesAggregateSelection: EntityEpisodeEpisodesAggregateSelection;
  EntityEpisodeEpisodesNodeAggregateSelection: EntityEpisodeEpisodesNodeAggregateSelection;
  EntityEpisodesAggregateInput: EntityEpisodesAggregateInput;
  EntityEpisodesConnectFieldInput: EntityEpisodesConnectFieldInput;
  EntityEpisodesConnection: Omit<EntityEpisodesConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEpisodesRelationship']> };
  EntityEpisodesConnectionAggregateInput: EntityEpisodesConnectionAggregateInput;
  EntityEpisodesConnectionFilters: EntityEpisodesConnectionFilters;
  EntityEpisodesConnectionSort: EntityEpisodesConnectionSort;
  EntityEpisodesConnectionWhere: EntityEpisodesConnectionWhere;
  EntityEpisodesCreateFieldInput: EntityEpisodesCreateFieldInput;
  EntityEpisodesDeleteFieldInput: EntityEpisodesDeleteFieldInput;
  EntityEpisodesDisconnectFieldInput: EntityEpisodesDisconnectFieldInput;
  EntityEpisodesFieldInput: EntityEpisodesFieldInput;
  EntityEpisodesNodeAggregationWhereInput: EntityEpisodesNodeAggregationWhereInput;
  EntityEpisodesRelationship: Omit<EntityEpisodesRelationship, 'node'> & { node: ResolversParentTypes['Episode'] };
  EntityEpisodesUpdateConnectionInput: EntityEpisodesUpdateConnectionInput;
  EntityEpisodesUpdateFieldInput: EntityEpisodesUpdateFieldInput;
  EntityFactFactsAsObjectAggregateSelection: EntityFactFactsAsObjectAggregateSelection;
  EntityFactFactsAsObjectNodeAggregateSelection: EntityFactFactsAsObjectNodeAggregateSelection;
  EntityFactFactsAsSubjectAggregateSelection: EntityFactFactsAsSubjectAggregateSelection;
  EntityFactFactsAsSubjectNodeAggregateSelection: EntityFactFactsAsSubjectNodeAggregateSelection;
  EntityFactsAsObjectAggregateInput: EntityFactsAsObjectAggregateInput;
  EntityFactsAsObjectConnectFieldInput: EntityFactsAsObjectConnectFieldInput;
  EntityFactsAsObjectConnection: Omit<EntityFactsAsObjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityFactsAsObjectRelationship']> };
  EntityFactsAsObjectConnectionAggregateInput: EntityFactsAsObjectConnectionAggregateInput;
  EntityFactsAsObjectConnectionFilters: EntityFactsAsObjectConnectionFilters;
  EntityFactsAsObjectConnectionSort: EntityFactsAsObjectConnectionSort;
  EntityFactsAsObjectConnectionWhere: EntityFactsAsObjectConnectionWhere;
  EntityFactsAsObjectCreateFieldInput: EntityFactsAsObjectCreateFieldInput;
  EntityFactsAsObjectDeleteFieldInput: EntityFactsAsObjectDeleteFieldInput;
  EntityFactsAsObjectDisconnectFieldInput: EntityFactsAsObjectDisconnectFieldInput;
  EntityFactsAsObjectFieldInput: EntityFactsAsObjectFieldInput;
  EntityFactsAsObjectNodeAggregationWhereInput: EntityFactsAsObjectNodeAggregationWhereInput;
  EntityFactsAsObjectRelationship: Omit<EntityFactsAsObjectRelationship, 'node'> & { node: ResolversParentTypes['Fact'] };
  EntityFactsAsObjectUpdateConnectionInput: EntityFactsAsObjectUpdateConnectionInput;
  EntityFactsAsObjectUpdateFieldInput: EntityFactsAsObjectUpdateFieldInput;
  EntityFactsAsSubjectAggregateInput: EntityFactsAsSubjectAggregateInput;
  EntityFactsAsSubjectConnectFieldInput: EntityFactsAsSubjectConnectFieldInput;
  EntityFactsAsSubjectConnection: Omit<EntityFactsAsSubjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityFactsAsSubjectRelationship']> };
  EntityFactsAsSubjectConnectionAggregateInput: EntityFactsAsSubjectConnectionAggregateInput;
  EntityFactsAsSubjectConnectionFilters: EntityFactsAsSubjectConnectionFilters;
  EntityFactsAsSubjectConnectionSort: EntityFactsAsSubjectConnectionSort;
  EntityFactsAsSubjectConnectionWhere: EntityFactsAsSubjectConnectionWhere;
  EntityFactsAsSubjectCreateFieldInput: EntityFactsAsSubjectCreateFieldInput;
  EntityFactsAsSubjectDeleteFieldInput: EntityFactsAsSubjectDeleteFieldInput;
  EntityFactsAsSubjectDisconnectFieldInput: EntityFactsAsSubjectDisconnectFieldInput;
  EntityFactsAsSubjectFieldInput: EntityFactsAsSubjectFieldInput;
  EntityFactsAsSubjectNodeAggregationWhereInput: EntityFactsAsSubjectNodeAggregationWhereInput;
  EntityFactsAsSubjectRelationship: Omit<EntityFactsAsSubjectRelationship, 'node'> & { node: ResolversParentTypes['Fact'] };
  EntityFactsAsSubjectUpdateConnectionInput: EntityFactsAsSubjectUpdateConnectionInput;
  EntityFactsAsSubjectUpdateFieldInput: EntityFactsAsSubjectUpdateFieldInput;
  EntityRelationshipFilters: EntityRelationshipFilters;
  EntitySort: EntitySort;
  EntityUpdateInput: EntityUpdateInput;
  EntityWhere: EntityWhere;
  Episode: Record<string, unknown>;
  EpisodeAggregate: EpisodeAggregate;
  EpisodeAggregateNode: EpisodeAggregateNode;
  EpisodeConnectInput: EpisodeConnectInput;
  EpisodeConnectWhere: EpisodeConnectWhere;
  EpisodeCreateInput: EpisodeCreateInput;
  EpisodeDeleteInput: EpisodeDeleteInput;
  EpisodeDisconnectInput: EpisodeDisconnectInput;
  EpisodeEdge: Omit<EpisodeEdge, 'node'> & { node: ResolversParentTypes['Episode'] };
  EpisodeEntitiesAggregateInput: EpisodeEntitiesAggregateInput;
  EpisodeEntitiesConnectFieldInput: EpisodeEntitiesConnectFieldInput;
  EpisodeEntitiesConnection: Omit<EpisodeEntitiesConnection, 'edges'> & { edges: Array<ResolversParentTypes['EpisodeEntitiesRelationship']> };
  EpisodeEntitiesConnectionAggregateInput: EpisodeEntitiesConnectionAggregateInput;
  EpisodeEntitiesConnectionFilters: EpisodeEntitiesConnectionFilters;
  EpisodeEntitiesConnectionSort: EpisodeEntitiesConnectionSort;
  EpisodeEntitiesConnectionWhere: EpisodeEntitiesConnectionWhere;
  EpisodeEntitiesCreateFieldInput: EpisodeEntitiesCreateFieldInput;
  EpisodeEntitiesDeleteFieldInput: EpisodeEntitiesDeleteFieldInput;
  EpisodeEntitiesDisconnectFieldInput: EpisodeEntitiesDisconnectFieldInput;
  EpisodeEntitiesFieldInput: EpisodeEntitiesFieldInput;
  EpisodeEntitiesNodeAggregationWhereInput: EpisodeEntitiesNodeAggregationWhereInput;
  EpisodeEntitiesRelationship: Omit<EpisodeEntitiesRelationship, 'node'> & { node: ResolversParentTypes['Entity'] };
  EpisodeEntitiesUpdateConnectionInput: EpisodeEntitiesUpdateConnectionInput;
  EpisodeEntitiesUpdateFieldInput: EpisodeEntitiesUpdateFieldInput;
  EpisodeEntityEntitiesAggregateSelection: EpisodeEntityEntitiesAggregateSelection;
  EpisodeEntityEntitiesNodeAggregateSelection: EpisodeEntityEntitiesNodeAggregateSelection;
  EpisodeFactFactsAggregateSelection: EpisodeFactFactsAggregateSelection;
  EpisodeFactFactsNodeAggregateSelection: EpisodeFactFactsNodeAggregateSelection;
  EpisodeFactsAggregateInput: EpisodeFactsAggregateInput;
  EpisodeFactsConnectFieldInput: EpisodeFactsConnectFieldInput;
  EpisodeFactsConnection: Omit<EpisodeFactsConnection, 'edges'> & { edges: Array<ResolversParentTypes['EpisodeFactsRelationship']> };
  EpisodeFactsConnectionAggregateInput: EpisodeFactsConnectionAggregateInput;
  EpisodeFactsConnectionFilters: EpisodeFactsConnectionFilters;
  EpisodeFactsConnectionSort: EpisodeFactsConnectionSort;
  EpisodeFactsConnectionWhere: EpisodeFactsConnectionWhere;
  EpisodeFactsCreateFieldInput: EpisodeFactsCreateFieldInput;
  EpisodeFactsDeleteFieldInput: EpisodeFactsDeleteFieldInput;
  EpisodeFactsDisconnectFieldInput: EpisodeFactsDisconnectFieldInput;
  EpisodeFactsFieldInput: EpisodeFactsFieldInput;
  EpisodeFactsNodeAggregationWhereInput: EpisodeFactsNodeAggregationWhereInput;
  EpisodeFactsRelationship: Omit<EpisodeFactsRelationship, 'node'> & { node: ResolversParentTypes['Fact'] };
  EpisodeFactsUpdateConnectionInput: EpisodeFactsUpdateConnectionInput;
  EpisodeFactsUpdateFieldInput: EpisodeFactsUpdateFieldInput;
  EpisodeRelationshipFilters: EpisodeRelationshipFilters;
  EpisodeSort: EpisodeSort;
  EpisodeStatusEnumScalarFilters: EpisodeStatusEnumScalarFilters;
  EpisodeUpdateInput: EpisodeUpdateInput;
  EpisodeWhere: EpisodeWhere;
  EpisodesConnection: Omit<EpisodesConnection, 'edges'> & { edges: Array<ResolversParentTypes['EpisodeEdge']> };
  ErasedCounts: ErasedCounts;
  Fact: Record<string, unknown>;
  FactAggregate: FactAggregate;
  FactAggregateNode: FactAggregateNode;
  FactConnectInput: FactConnectInput;
  FactConnectWhere: FactConnectWhere;
  FactCreateInput: FactCreateInput;
  FactDeleteInput: FactDeleteInput;
  FactDisconnectInput: FactDisconnectInput;
  FactEdge: Omit<FactEdge, 'node'> & { node: ResolversParentTypes['Fact'] };
  FactEpisodeSourcesAggregateSelection: FactEpisodeSourcesAggregateSelection;
  FactEpisodeSourcesNodeAggregateSelection: FactEpisodeSourcesNodeAggregateSelection;
  FactInvalidatedByConnection: Omit<FactInvalidatedByConnection, 'edges'> & { edges: Array<ResolversParentTypes['FactInvalidatedByRelationship']> };
  FactInvalidatedByConnectionWhere: FactInvalidatedByConnectionWhere;
  FactInvalidatedByCreateFieldInput: FactInvalidatedByCreateFieldInput;
  FactInvalidatedByDeleteFieldInput: FactInvalidatedByDeleteFieldInput;
  FactInvalidatedByFieldInput: FactInvalidatedByFieldInput;
  FactInvalidatedByRelationship: Omit<FactInvalidatedByRelationship, 'node'> & { node: ResolversParentTypes['Episode'] };
  FactObjectConnection: Omit<FactObjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['FactObjectRelationship']> };
  FactObjectConnectionWhere: FactObjectConnectionWhere;
  FactObjectCreateFieldInput: FactObjectCreateFieldInput;
  FactObjectDeleteFieldInput: FactObjectDeleteFieldInput;
  FactObjectFieldInput: FactObjectFieldInput;
  FactObjectRelationship: Omit<FactObjectRelationship, 'node'> & { node: ResolversParentTypes['Entity'] };
  FactRelationshipFilters: FactRelationshipFilters;
  FactSort: FactSort;
  FactSourcesAggregateInput: FactSourcesAggregateInput;
  FactSourcesConnectFieldInput: FactSourcesConnectFieldInput;
  FactSourcesConnection: Omit<FactSourcesConnection, 'edges'> & { edges: Array<ResolversParentTypes['FactSourcesRelationship']> };
  FactSourcesConnectionAggregateInput: FactSourcesConnectionAggregateInput;
  FactSourcesConnectionFilters: FactSourcesConnectionFilters;
  FactSourcesConnectionSort: FactSourcesConnectionSort;
  FactSourcesConnectionWhere: FactSourcesConnectionWhere;
  FactSourcesCreateFieldInput: FactSourcesCreateFieldInput;
  FactSourcesDeleteFieldInput: FactSourcesDeleteFieldInput;
  FactSourcesDisconnectFieldInput: FactSourcesDisconnectFieldInput;
  FactSourcesFieldInput: FactSourcesFieldInput;
  FactSourcesNodeAggregationWhereInput: FactSourcesNodeAggregationWhereInput;
  FactSourcesRelationship: Omit<FactSourcesRelationship, 'node'> & { node: ResolversParentTypes['Episode'] };
  FactSourcesUpdateConnectionInput: FactSourcesUpdateConnectionInput;
  FactSourcesUpdateFieldInput: FactSourcesUpdateFieldInput;
  FactSubjectConnection: Omit<FactSubjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['FactSubjectRelationship']> };
  FactSubjectConnectionWhere: FactSubjectConnectionWhere;
  FactSubjectCreateFieldInput: FactSubjectCreateFieldInput;
  FactSubjectDeleteFieldInput: FactSubjectDeleteFieldInput;
  FactSubjectFieldInput: FactSubjectFieldInput;
  FactSubjectRelationship: Omit<FactSubjectRelationship, 'node'> & { node: ResolversParentTypes['Entity'] };
  FactUpdateInput: FactUpdateInput;
  FactWhere: FactWhere;
  FactsConnection: Omit<FactsConnection, 'edges'> & { edges: Array<ResolversParentTypes['FactEdge']> };
  Float: Scalars['Float']['output'];
  FloatAggregateSelection: FloatAggregateSelection;
  FloatScalarAggregationFilters: FloatScalarAggregationFilters;
  FloatScalarFilters: FloatScalarFilters;
  FloatScalarMutations: FloatScalarMutations;
  ForgetChanges: ForgetChanges;
  ForgetCounts: ForgetCounts;
  ForgetReport: ForgetReport;
  GraphUpdate: GraphUpdateModel;
  ID: Scalars['ID']['output'];
  IDScalarFilters: IdScalarFilters;
  IDScalarMutations: IdScalarMutations;
  IngestInput: IngestInput;
  IngestResult: IngestResultModel;
  Int: Scalars['Int']['output'];
  IntAggregateSelection: IntAggregateSelection;
  IntScalarAggregationFilters: IntScalarAggregationFilters;
  IntScalarFilters: IntScalarFilters;
  IntScalarMutations: IntScalarMutations;
  ListStringMutations: ListStringMutations;
  LlmUsage: LlmUsageModel;
  MemoryItem: MemoryItemModel;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PinResult: PinResult;
  Query: Record<PropertyKey, never>;
  RagAnswer: RagAnswerModel;
  RagQueryInput: RagQueryInput;
  RecallInput: RecallInput;
  RemovedCounts: RemovedCounts;
  ServerInfo: ServerInfo;
  String: Scalars['String']['output'];
  StringAggregateSelection: StringAggregateSelection;
  StringListFilters: StringListFilters;
  StringScalarAggregationFilters: StringScalarAggregationFilters;
  StringScalarFilters: StringScalarFilters;
  StringScalarMutations: StringScalarMutations;
  Subscription: Record<PropertyKey, never>;
  UpdateEntitiesMutationResponse: Omit<UpdateEntitiesMutationResponse, 'entities'> & { entities: Array<ResolversParentTypes['Entity']> };
  UpdateEpisodesMutationResponse: Omit<UpdateEpisodesMutationResponse, 'episodes'> & { episodes: Array<ResolversParentTypes['Episode']> };
  UpdateFactsMutationResponse: Omit<UpdateFactsMutationResponse, 'facts'> & { facts: Array<ResolversParentTypes['Fact']> };
  UpdateInfo: UpdateInfo;
  UpdateUsersMutationResponse: UpdateUsersMutationResponse;
  User: User;
  UserAggregate: UserAggregate;
  UserAggregateNode: UserAggregateNode;
  UserCreateInput: UserCreateInput;
  UserEdge: UserEdge;
  UserSort: UserSort;
  UserUpdateInput: UserUpdateInput;
  UserWhere: UserWhere;
  UsersConnection: UsersConnection;
};

export type CountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = {
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CountConnection'] = ResolversParentTypes['CountConnection']> = {
  edges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CreateEntitiesMutationResponseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateEntitiesMutationResponse'] = ResolversParentTypes['CreateEntitiesMutationResponse']> = {
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  info?: Resolver<ResolversTypes['CreateInfo'], ParentType, ContextType>;
};

export type CreateEpisodesMutationResponseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateEpisodesMutationResponse'] = ResolversParentTypes['CreateEpisodesMutationResponse']> = {
  episodes?: Resolver<Array<ResolversTypes['Episode']>, ParentType, ContextType>;
  info?: Resolver<ResolversTypes['CreateInfo'], ParentType, ContextType>;
};

export type CreateFactsMutationResponseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateFactsMutationResponse'] = ResolversParentTypes['CreateFactsMutationResponse']> = {
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  info?: Resolver<ResolversTypes['CreateInfo'], ParentType, ContextType>;
};

export type CreateInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateInfo'] = ResolversParentTypes['CreateInfo']> = {
  nodesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CreateUsersMutationResponseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateUsersMutationResponse'] = ResolversParentTypes['CreateUsersMutationResponse']> = {
  info?: Resolver<ResolversTypes['CreateInfo'], ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DateTimeAggregateSelectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DateTimeAggregateSelection'] = ResolversParentTypes['DateTimeAggregateSelection']> = {
  max?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type DeleteInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteInfo'] = ResolversParentTypes['DeleteInfo']> = {
  nodesDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntitiesConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntitiesConnection'] = ResolversParentTypes['EntitiesConnection']> = {
  aggregate?: Resolver<ResolversTypes['EntityAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  accessCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  activation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  archived?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  episodes?: Resolver<Array<ResolversTypes['Episode']>, ParentType, ContextType, Partial<EntityEpisodesArgs>>;
  episodesConnection?: Resolver<ResolversTypes['EntityEpisodesConnection'], ParentType, ContextType, Partial<EntityEpisodesConnectionArgs>>;
  factsAsObject?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, Partial<EntityFactsAsObjectArgs>>;
  factsAsObjectConnection?: Resolver<ResolversTypes['EntityFactsAsObjectConnection'], ParentType, ContextType, Partial<EntityFactsAsObjectConnectionArgs>>;
  factsAsSubject?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, Partial<EntityFactsAsSubjectArgs>>;
  factsAsSubjectConnection?: Resolver<ResolversTypes['EntityFactsAsSubjectConnection'], ParentType, ContextType, Partial<EntityFactsAsSubjectConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAccessedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pinned?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EntityAggregateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityAggregate'] = ResolversParentTypes['EntityAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EntityAggregateNode'], ParentType, ContextType>;
};

export type EntityAggregateNodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityAggregateNode'] = ResolversParentTypes['EntityAggregateNode']> = {
  accessCount?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  activation?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  archivedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  lastAccessedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EntityEpisodeEpisodesAggregateSelectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityEpisodeEpisodesAggregateSelection'] = ResolversParentTypes['EntityEpisodeEpisodesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['EntityEpisodeEpisodesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type EntityEpisodeEpisodesNodeAggregateSelectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityEpisodeEpisodesNodeAggregateSelection'] = ResolversParentTypes['EntityEpisodeEpisodesNodeAggregateSelection']> = {
  attempts?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contentHash?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  conversationId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  ingestedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  processedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  processingError?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceRef?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  turn?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
};

export type EntityEpisodesConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityEpisodesConnection'] = ResolversParentTypes['EntityEpisodesConnection']> = {
  aggregate?: Resolver<ResolversTypes['EntityEpisodeEpisodesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['EntityEpisodesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEpisodesRelationshipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityEpisodesRelationship'] = ResolversParentTypes['EntityEpisodesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Episode'], ParentType, ContextType>;
};

export type EntityFactFactsAsObjectAggregateSelectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityFactFactsAsObjectAggregateSelection'] = ResolversParentTypes['EntityFactFactsAsObjectAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['EntityFactFactsAsObjectNodeAggregateSelection']>, ParentType, ContextType>;
};

export type EntityFactFactsAsObjectNodeAggregateSelectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityFactFactsAsObjectNodeAggregateSelection'] = ResolversParentTypes['EntityFactFactsAsObjectNodeAggregateSelection']> = {
  accessCount?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  activation?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  archivedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  invalidatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  lastAccessedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  objectValue?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  validTo?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
};

export type EntityFactFactsAsSubjectAggregateSelectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityFactFactsAsSubjectAggregateSelection'] = ResolversParentTypes['EntityFactFactsAsSubjectAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['EntityFactFactsAsSubjectNodeAggregateSelection']>, ParentType, ContextType>;
};

export type EntityFactFactsAsSubjectNodeAggregateSelectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityFactFactsAsSubjectNodeAggregateSelection'] = ResolversParentTypes['EntityFactFactsAsSubjectNodeAggregateSelection']> = {
  accessCount?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  activation?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  archivedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  invalidatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  lastAccessedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  objectValue?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  validTo?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
};

export type EntityFactsAsObjectConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityFactsAsObjectConnection'] = ResolversParentTypes['EntityFactsAsObjectConnection']> = {
  aggregate?: Resolver<ResolversTypes['EntityFactFactsAsObjectAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['EntityFactsAsObjectRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityFactsAsObjectRelationshipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityFactsAsObjectRelationship'] = ResolversParentTypes['EntityFactsAsObjectRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type EntityFactsAsSubjectConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityFactsAsSubjectConnection'] = ResolversParentTypes['EntityFactsAsSubjectConnection']> = {
  aggregate?: Resolver<ResolversTypes['EntityFactFactsAsSubjectAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['EntityFactsAsSubjectRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityFactsAsSubjectRelationshipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityFactsAsSubjectRelationship'] = ResolversParentTypes['EntityFactsAsSubjectRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type EpisodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Episode'] = ResolversParentTypes['Episode']> = {
  attempts?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conversationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, Partial<EpisodeEntitiesArgs>>;
  entitiesConnection?: Resolver<ResolversTypes['EpisodeEntitiesConnection'], ParentType, ContextType, Partial<EpisodeEntitiesConnectionArgs>>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, Partial<EpisodeFactsArgs>>;
  factsConnection?: Resolver<ResolversTypes['EpisodeFactsConnection'], ParentType, ContextType, Partial<EpisodeFactsConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  processedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  processingError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EpisodeStatus'], ParentType, ContextType>;
  turn?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EpisodeAggregateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EpisodeAggregate'] = ResolversParentTypes['EpisodeAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EpisodeAggregateNode'], ParentType, ContextType>;
};

export type EpisodeAggregateNodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EpisodeAggregateNode'] = ResolversParentTypes['EpisodeAggregateNode']> = {
  attempts?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contentHash?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  conversationId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  ingestedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  processedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  processingError?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceRef?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  turn?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
};

export type EpisodeEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EpisodeEdge'] = ResolversParentTypes['EpisodeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Episode'], ParentType, ContextType>;
};

export type EpisodeEntitiesConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EpisodeEntitiesConnection'] = ResolversParentTypes['EpisodeEntitiesConnection']> = {
  aggregate?: Resolver<ResolversTypes['EpisodeEntityEntitiesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['EpisodeEntitiesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EpisodeEntitiesRelationshipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EpisodeEntitiesRelationship'] = ResolversParentTypes['EpisodeEntitiesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EpisodeEntityEntitiesAggregateSelectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EpisodeEntityEntitiesAggregateSelection'] = ResolversParentTypes['EpisodeEntityEntitiesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['EpisodeEntityEntitiesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type EpisodeEntityEntitiesNodeAggregateSelectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EpisodeEntityEntitiesNodeAggregateSelection'] = ResolversParentTypes['EpisodeEntityEntitiesNodeAggregateSelection']> = {
  accessCount?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  activation?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  archivedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  lastAccessedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
};

export type EpisodeFactFactsAggregateSelectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EpisodeFactFactsAggregateSelection'] = ResolversParentTypes['EpisodeFactFactsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['EpisodeFactFactsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type EpisodeFactFactsNodeAggregateSelectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EpisodeFactFactsNodeAggregateSelection'] = ResolversParentTypes['EpisodeFactFactsNodeAggregateSelection']> = {
  accessCount?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  activation?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  archivedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  invalidatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  lastAccessedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  objectValue?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  validTo?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
};

export type EpisodeFactsConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EpisodeFactsConnection'] = ResolversParentTypes['EpisodeFactsConnection']> = {
  aggregate?: Resolver<ResolversTypes['EpisodeFactFactsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['EpisodeFactsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EpisodeFactsRelationshipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EpisodeFactsRelationship'] = ResolversParentTypes['EpisodeFactsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type EpisodesConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EpisodesConnection'] = ResolversParentTypes['EpisodesConnection']> = {
  aggregate?: Resolver<ResolversTypes['EpisodeAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['EpisodeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ErasedCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ErasedCounts'] = ResolversParentTypes['ErasedCounts']> = {
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  episodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  users?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Fact'] = ResolversParentTypes['Fact']> = {
  accessCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  activation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  archived?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invalidatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  invalidatedBy?: Resolver<Maybe<ResolversTypes['Episode']>, ParentType, ContextType>;
  invalidatedByConnection?: Resolver<ResolversTypes['FactInvalidatedByConnection'], ParentType, ContextType>;
  lastAccessedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  objectConnection?: Resolver<ResolversTypes['FactObjectConnection'], ParentType, ContextType>;
  objectValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pinned?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Episode']>, ParentType, ContextType, Partial<FactSourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['FactSourcesConnection'], ParentType, ContextType, Partial<FactSourcesConnectionArgs>>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  subjectConnection?: Resolver<ResolversTypes['FactSubjectConnection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type FactAggregateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactAggregate'] = ResolversParentTypes['FactAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FactAggregateNode'], ParentType, ContextType>;
};

export type FactAggregateNodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactAggregateNode'] = ResolversParentTypes['FactAggregateNode']> = {
  accessCount?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  activation?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  archivedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  invalidatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  lastAccessedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  objectValue?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  validTo?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
};

export type FactEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactEdge'] = ResolversParentTypes['FactEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type FactEpisodeSourcesAggregateSelectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactEpisodeSourcesAggregateSelection'] = ResolversParentTypes['FactEpisodeSourcesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['FactEpisodeSourcesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type FactEpisodeSourcesNodeAggregateSelectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactEpisodeSourcesNodeAggregateSelection'] = ResolversParentTypes['FactEpisodeSourcesNodeAggregateSelection']> = {
  attempts?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contentHash?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  conversationId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  ingestedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  processedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  processingError?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceRef?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  turn?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
};

export type FactInvalidatedByConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactInvalidatedByConnection'] = ResolversParentTypes['FactInvalidatedByConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FactInvalidatedByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FactInvalidatedByRelationshipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactInvalidatedByRelationship'] = ResolversParentTypes['FactInvalidatedByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Episode'], ParentType, ContextType>;
};

export type FactObjectConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactObjectConnection'] = ResolversParentTypes['FactObjectConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FactObjectRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FactObjectRelationshipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactObjectRelationship'] = ResolversParentTypes['FactObjectRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type FactSourcesConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactSourcesConnection'] = ResolversParentTypes['FactSourcesConnection']> = {
  aggregate?: Resolver<ResolversTypes['FactEpisodeSourcesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['FactSourcesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FactSourcesRelationshipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactSourcesRelationship'] = ResolversParentTypes['FactSourcesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Episode'], ParentType, ContextType>;
};

export type FactSubjectConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactSubjectConnection'] = ResolversParentTypes['FactSubjectConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FactSubjectRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FactSubjectRelationshipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactSubjectRelationship'] = ResolversParentTypes['FactSubjectRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type FactsConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactsConnection'] = ResolversParentTypes['FactsConnection']> = {
  aggregate?: Resolver<ResolversTypes['FactAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['FactEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FloatAggregateSelectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FloatAggregateSelection'] = ResolversParentTypes['FloatAggregateSelection']> = {
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sum?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ForgetChangesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ForgetChanges'] = ResolversParentTypes['ForgetChanges']> = {
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  episodeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  episodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  factIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ForgetCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ForgetCounts'] = ResolversParentTypes['ForgetCounts']> = {
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  episodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ForgetReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ForgetReport'] = ResolversParentTypes['ForgetReport']> = {
  archiveBelow?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  archived?: Resolver<ResolversTypes['ForgetChanges'], ParentType, ContextType>;
  deleteBelow?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['ForgetChanges'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  idsTruncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ranAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  retentionDays?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scanned?: Resolver<ResolversTypes['ForgetCounts'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type GraphUpdateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphUpdate'] = ResolversParentTypes['GraphUpdate']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  episode?: Resolver<Maybe<ResolversTypes['Episode']>, ParentType, ContextType>;
  fact?: Resolver<Maybe<ResolversTypes['Fact']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GraphUpdateKind'], ParentType, ContextType>;
  mergedFromId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  duplicate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entitiesCreated?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  entitiesUpdated?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  episode?: Resolver<ResolversTypes['Episode'], ParentType, ContextType>;
  factsCreated?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  factsInvalidated?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  packSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IngestStatus'], ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['LlmUsage'], ParentType, ContextType>;
};

export type IntAggregateSelectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IntAggregateSelection'] = ResolversParentTypes['IntAggregateSelection']> = {
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sum?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type LlmUsageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LlmUsage'] = ResolversParentTypes['LlmUsage']> = {
  calls?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  chatModel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  chatProvider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  completionTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  embeddingModel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  embeddingProvider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  promptTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MemoryItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MemoryItem'] = ResolversParentTypes['MemoryItem']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MemoryKind'], ParentType, ContextType>;
  occurredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Episode']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createEntities?: Resolver<ResolversTypes['CreateEntitiesMutationResponse'], ParentType, ContextType, RequireFields<MutationCreateEntitiesArgs, 'input'>>;
  createEpisodes?: Resolver<ResolversTypes['CreateEpisodesMutationResponse'], ParentType, ContextType, RequireFields<MutationCreateEpisodesArgs, 'input'>>;
  createFacts?: Resolver<ResolversTypes['CreateFactsMutationResponse'], ParentType, ContextType, RequireFields<MutationCreateFactsArgs, 'input'>>;
  createUsers?: Resolver<ResolversTypes['CreateUsersMutationResponse'], ParentType, ContextType, RequireFields<MutationCreateUsersArgs, 'input'>>;
  deleteEntities?: Resolver<ResolversTypes['DeleteInfo'], ParentType, ContextType, Partial<MutationDeleteEntitiesArgs>>;
  deleteEpisodes?: Resolver<ResolversTypes['DeleteInfo'], ParentType, ContextType, Partial<MutationDeleteEpisodesArgs>>;
  deleteFacts?: Resolver<ResolversTypes['DeleteInfo'], ParentType, ContextType, Partial<MutationDeleteFactsArgs>>;
  deleteUsers?: Resolver<ResolversTypes['DeleteInfo'], ParentType, ContextType, Partial<MutationDeleteUsersArgs>>;
  eraseUser?: Resolver<ResolversTypes['ErasedCounts'], ParentType, ContextType, RequireFields<MutationEraseUserArgs, 'userId'>>;
  forgetEntity?: Resolver<ResolversTypes['RemovedCounts'], ParentType, ContextType, RequireFields<MutationForgetEntityArgs, 'deleteEpisodes' | 'entityId' | 'userId'>>;
  forgetFact?: Resolver<ResolversTypes['RemovedCounts'], ParentType, ContextType, RequireFields<MutationForgetFactArgs, 'deleteEpisodes' | 'factId' | 'userId'>>;
  forgetMemories?: Resolver<ResolversTypes['ForgetReport'], ParentType, ContextType, RequireFields<MutationForgetMemoriesArgs, 'dryRun' | 'userId'>>;
  ingest?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArgs, 'input' | 'mode' | 'userId'>>;
  ingestBatch?: Resolver<Array<ResolversTypes['IngestResult']>, ParentType, ContextType, RequireFields<MutationIngestBatchArgs, 'inputs' | 'mode' | 'userId'>>;
  mergeEntities?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'keepId' | 'mergeId' | 'userId'>>;
  pinMemory?: Resolver<ResolversTypes['PinResult'], ParentType, ContextType, RequireFields<MutationPinMemoryArgs, 'id' | 'pinned' | 'userId'>>;
  ragQuery?: Resolver<ResolversTypes['RagAnswer'], ParentType, ContextType, RequireFields<MutationRagQueryArgs, 'input' | 'userId'>>;
  retryEpisode?: Resolver<ResolversTypes['Episode'], ParentType, ContextType, RequireFields<MutationRetryEpisodeArgs, 'episodeId' | 'userId'>>;
  updateEntities?: Resolver<ResolversTypes['UpdateEntitiesMutationResponse'], ParentType, ContextType, Partial<MutationUpdateEntitiesArgs>>;
  updateEpisodes?: Resolver<ResolversTypes['UpdateEpisodesMutationResponse'], ParentType, ContextType, Partial<MutationUpdateEpisodesArgs>>;
  updateFacts?: Resolver<ResolversTypes['UpdateFactsMutationResponse'], ParentType, ContextType, Partial<MutationUpdateFactsArgs>>;
  updateUsers?: Resolver<ResolversTypes['UpdateUsersMutationResponse'], ParentType, ContextType, Partial<MutationUpdateUsersArgs>>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PinResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PinResult'] = ResolversParentTypes['PinResult']> = {
  activation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pinned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, Partial<QueryEntitiesArgs>>;
  entitiesConnection?: Resolver<ResolversTypes['EntitiesConnection'], ParentType, ContextType, Partial<QueryEntitiesConnectionArgs>>;
  episodes?: Resolver<Array<ResolversTypes['Episode']>, ParentType, ContextType, Partial<QueryEpisodesArgs>>;
  episodesConnection?: Resolver<ResolversTypes['EpisodesConnection'], ParentType, ContextType, Partial<QueryEpisodesConnectionArgs>>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, Partial<QueryFactsArgs>>;
  factsConnection?: Resolver<ResolversTypes['FactsConnection'], ParentType, ContextType, Partial<QueryFactsConnectionArgs>>;
  recall?: Resolver<Array<ResolversTypes['MemoryItem']>, ParentType, ContextType, RequireFields<QueryRecallArgs, 'input' | 'userId'>>;
  serverInfo?: Resolver<ResolversTypes['ServerInfo'], ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType, Partial<QueryUsersArgs>>;
  usersConnection?: Resolver<ResolversTypes['UsersConnection'], ParentType, ContextType, Partial<QueryUsersConnectionArgs>>;
};

export type RagAnswerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RagAnswer'] = ResolversParentTypes['RagAnswer']> = {
  answer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['MemoryItem']>, ParentType, ContextType>;
  context?: Resolver<Array<ResolversTypes['MemoryItem']>, ParentType, ContextType>;
  known?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['LlmUsage'], ParentType, ContextType>;
};

export type RemovedCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemovedCounts'] = ResolversParentTypes['RemovedCounts']> = {
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  episodeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  episodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  factIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServerInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServerInfo'] = ResolversParentTypes['ServerInfo']> = {
  authMode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StringAggregateSelectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StringAggregateSelection'] = ResolversParentTypes['StringAggregateSelection']> = {
  longest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shortest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  graphUpdates?: SubscriptionResolver<ResolversTypes['GraphUpdate'], "graphUpdates", ParentType, ContextType, RequireFields<SubscriptionGraphUpdatesArgs, 'userId'>>;
};

export type UpdateEntitiesMutationResponseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateEntitiesMutationResponse'] = ResolversParentTypes['UpdateEntitiesMutationResponse']> = {
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  info?: Resolver<ResolversTypes['UpdateInfo'], ParentType, ContextType>;
};

export type UpdateEpisodesMutationResponseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateEpisodesMutationResponse'] = ResolversParentTypes['UpdateEpisodesMutationResponse']> = {
  episodes?: Resolver<Array<ResolversTypes['Episode']>, ParentType, ContextType>;
  info?: Resolver<ResolversTypes['UpdateInfo'], ParentType, ContextType>;
};

export type UpdateFactsMutationResponseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateFactsMutationResponse'] = ResolversParentTypes['UpdateFactsMutationResponse']> = {
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  info?: Resolver<ResolversTypes['UpdateInfo'], ParentType, ContextType>;
};

export type UpdateInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateInfo'] = ResolversParentTypes['UpdateInfo']> = {
  nodesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UpdateUsersMutationResponseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateUsersMutationResponse'] = ResolversParentTypes['UpdateUsersMutationResponse']> = {
  info?: Resolver<ResolversTypes['UpdateInfo'], ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UserAggregateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserAggregate'] = ResolversParentTypes['UserAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UserAggregateNode'], ParentType, ContextType>;
};

export type UserAggregateNodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserAggregateNode'] = ResolversParentTypes['UserAggregateNode']> = {
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type UserEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type UsersConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UsersConnection'] = ResolversParentTypes['UsersConnection']> = {
  aggregate?: Resolver<ResolversTypes['UserAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Count?: CountResolvers<ContextType>;
  CountConnection?: CountConnectionResolvers<ContextType>;
  CreateEntitiesMutationResponse?: CreateEntitiesMutationResponseResolvers<ContextType>;
  CreateEpisodesMutationResponse?: CreateEpisodesMutationResponseResolvers<ContextType>;
  CreateFactsMutationResponse?: CreateFactsMutationResponseResolvers<ContextType>;
  CreateInfo?: CreateInfoResolvers<ContextType>;
  CreateUsersMutationResponse?: CreateUsersMutationResponseResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DateTimeAggregateSelection?: DateTimeAggregateSelectionResolvers<ContextType>;
  DeleteInfo?: DeleteInfoResolvers<ContextType>;
  EntitiesConnection?: EntitiesConnectionResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityAggregate?: EntityAggregateResolvers<ContextType>;
  EntityAggregateNode?: EntityAggregateNodeResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntityEpisodeEpisodesAggregateSelection?: EntityEpisodeEpisodesAggregateSelectionResolvers<ContextType>;
  EntityEpisodeEpisodesNodeAggregateSelection?: EntityEpisodeEpisodesNodeAggregateSelectionResolvers<ContextType>;
  EntityEpisodesConnection?: EntityEpisodesConnectionResolvers<ContextType>;
  EntityEpisodesRelationship?: EntityEpisodesRelationshipResolvers<ContextType>;
  EntityFactFactsAsObjectAggregateSelection?: EntityFactFactsAsObjectAggregateSelectionResolvers<ContextType>;
  EntityFactFactsAsObjectNodeAggregateSelection?: EntityFactFactsAsObjectNodeAggregateSelectionResolvers<ContextType>;
  EntityFactFactsAsSubjectAggregateSelection?: EntityFactFactsAsSubjectAggregateSelectionResolvers<ContextType>;
  EntityFactFactsAsSubjectNodeAggregateSelection?: EntityFactFactsAsSubjectNodeAggregateSelectionResolvers<ContextType>;
  EntityFactsAsObjectConnection?: EntityFactsAsObjectConnectionResolvers<ContextType>;
  EntityFactsAsObjectRelationship?: EntityFactsAsObjectRelationshipResolvers<ContextType>;
  EntityFactsAsSubjectConnection?: EntityFactsAsSubjectConnectionResolvers<ContextType>;
  EntityFactsAsSubjectRelationship?: EntityFactsAsSubjectRelationshipResolvers<ContextType>;
  Episode?: EpisodeResolvers<ContextType>;
  EpisodeAggregate?: EpisodeAggregateResolvers<ContextType>;
  EpisodeAggregateNode?: EpisodeAggregateNodeResolvers<ContextType>;
  EpisodeEdge?: EpisodeEdgeResolvers<ContextType>;
  EpisodeEntitiesConnection?: EpisodeEntitiesConnectionResolvers<ContextType>;
  EpisodeEntitiesRelationship?: EpisodeEntitiesRelationshipResolvers<ContextType>;
  EpisodeEntityEntitiesAggregateSelection?: EpisodeEntityEntitiesAggregateSelectionResolvers<ContextType>;
  EpisodeEntityEntitiesNodeAggregateSelection?: EpisodeEntityEntitiesNodeAggregateSelectionResolvers<ContextType>;
  EpisodeFactFactsAggregateSelection?: EpisodeFactFactsAggregateSelectionResolvers<ContextType>;
  EpisodeFactFactsNodeAggregateSelection?: EpisodeFactFactsNodeAggregateSelectionResolvers<ContextType>;
  EpisodeFactsConnection?: EpisodeFactsConnectionResolvers<ContextType>;
  EpisodeFactsRelationship?: EpisodeFactsRelationshipResolvers<ContextType>;
  EpisodesConnection?: EpisodesConnectionResolvers<ContextType>;
  ErasedCounts?: ErasedCountsResolvers<ContextType>;
  Fact?: FactResolvers<ContextType>;
  FactAggregate?: FactAggregateResolvers<ContextType>;
  FactAggregateNode?: FactAggregateNodeResolvers<ContextType>;
  FactEdge?: FactEdgeResolvers<ContextType>;
  FactEpisodeSourcesAggregateSelection?: FactEpisodeSourcesAggregateSelectionResolvers<ContextType>;
  FactEpisodeSourcesNodeAggregateSelection?: FactEpisodeSourcesNodeAggregateSelectionResolvers<ContextType>;
  FactInvalidatedByConnection?: FactInvalidatedByConnectionResolvers<ContextType>;
  FactInvalidatedByRelationship?: FactInvalidatedByRelationshipResolvers<ContextType>;
  FactObjectConnection?: FactObjectConnectionResolvers<ContextType>;
  FactObjectRelationship?: FactObjectRelationshipResolvers<ContextType>;
  FactSourcesConnection?: FactSourcesConnectionResolvers<ContextType>;
  FactSourcesRelationship?: FactSourcesRelationshipResolvers<ContextType>;
  FactSubjectConnection?: FactSubjectConnectionResolvers<ContextType>;
  FactSubjectRelationship?: FactSubjectRelationshipResolvers<ContextType>;
  FactsConnection?: FactsConnectionResolvers<ContextType>;
  FloatAggregateSelection?: FloatAggregateSelectionResolvers<ContextType>;
  ForgetChanges?: ForgetChangesResolvers<ContextType>;
  ForgetCounts?: ForgetCountsResolvers<ContextType>;
  ForgetReport?: ForgetReportResolvers<ContextType>;
  GraphUpdate?: GraphUpdateResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  IntAggregateSelection?: IntAggregateSelectionResolvers<ContextType>;
  LlmUsage?: LlmUsageResolvers<ContextType>;
  MemoryItem?: MemoryItemResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PinResult?: PinResultResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RagAnswer?: RagAnswerResolvers<ContextType>;
  RemovedCounts?: RemovedCountsResolvers<ContextType>;
  ServerInfo?: ServerInfoResolvers<ContextType>;
  StringAggregateSelection?: StringAggregateSelectionResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UpdateEntitiesMutationResponse?: UpdateEntitiesMutationResponseResolvers<ContextType>;
  UpdateEpisodesMutationResponse?: UpdateEpisodesMutationResponseResolvers<ContextType>;
  UpdateFactsMutationResponse?: UpdateFactsMutationResponseResolvers<ContextType>;
  UpdateInfo?: UpdateInfoResolvers<ContextType>;
  UpdateUsersMutationResponse?: UpdateUsersMutationResponseResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserAggregate?: UserAggregateResolvers<ContextType>;
  UserAggregateNode?: UserAggregateNodeResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UsersConnection?: UsersConnectionResolvers<ContextType>;
};

