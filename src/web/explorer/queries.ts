// The GraphQL operations the explorer sends: generated CRUD for reads and renames, edit mutations for the rest.

export const ENTITY_FIELDS = 'id name type summary activation archived createdAt';
export const FACT_FIELDS =
  'id predicate statement objectValue confidence validFrom validTo invalidatedAt archived createdAt subject { id } object { id }';

export const ENTITIES_PAGE = /* GraphQL */ `
  query ExplorerEntities($userId: ID!, $limit: Int!, $offset: Int!) {
    entities(where: { userId: { eq: $userId } }, limit: $limit, offset: $offset, sort: [{ activation: DESC }, { id: ASC }]) {
      ${ENTITY_FIELDS}
    }
  }
`;

export const FACTS_PAGE = /* GraphQL */ `
  query ExplorerFacts($userId: ID!, $limit: Int!, $offset: Int!) {
    facts(where: { userId: { eq: $userId } }, limit: $limit, offset: $offset, sort: [{ createdAt: ASC }, { id: ASC }]) {
      ${FACT_FIELDS}
    }
  }
`;

export const ENTITY_BY_ID = /* GraphQL */ `
  query ExplorerEntity($userId: ID!, $id: ID!) {
    entities(where: { userId: { eq: $userId }, id: { eq: $id } }) { ${ENTITY_FIELDS} }
  }
`;

export const FACT_BY_ID = /* GraphQL */ `
  query ExplorerFact($userId: ID!, $id: ID!) {
    facts(where: { userId: { eq: $userId }, id: { eq: $id } }) { ${FACT_FIELDS} }
  }
`;

export const ENTITY_DETAILS = /* GraphQL */ `
  query ExplorerEntityDetails($userId: ID!, $id: ID!) {
    entities(where: { userId: { eq: $userId }, id: { eq: $id } }) {
      ${ENTITY_FIELDS}
      aliases
      episodes(limit: 20, sort: [{ occurredAt: DESC }]) { id content source sourceRef occurredAt }
      factsAsSubject(limit: 100) { ${FACT_FIELDS} subjectName: subject { name } objectName: object { name } }
      factsAsObject(limit: 100) { ${FACT_FIELDS} subjectName: subject { name } objectName: object { name } }
    }
  }
`;

export const RENAME_ENTITY = /* GraphQL */ `
  mutation ExplorerRename($userId: ID!, $id: ID!, $name: String!) {
    updateEntities(where: { userId: { eq: $userId }, id: { eq: $id } }, update: { name: { set: $name } }) {
      entities { ${ENTITY_FIELDS} }
    }
  }
`;

export const MERGE_ENTITIES = /* GraphQL */ `
  mutation ExplorerMerge($userId: ID!, $keepId: ID!, $mergeId: ID!) {
    mergeEntities(userId: $userId, keepId: $keepId, mergeId: $mergeId) { __typename }
  }
`;

export const FORGET_ENTITY = /* GraphQL */ `
  mutation ExplorerForget($userId: ID!, $entityId: ID!) {
    forgetEntity(userId: $userId, entityId: $entityId) { __typename }
  }
`;

// Only the change's identity travels here; the page then reads the node through the CRUD queries above,
// which keeps it independent of how the payload fields are typed.
export const GRAPH_UPDATES = /* GraphQL */ `
  subscription ExplorerUpdates($userId: ID!) {
    graphUpdates(userId: $userId) { kind nodeId mergedFromId sequence }
  }
`;
