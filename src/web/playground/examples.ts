// The operations a new user sees as tabs in the playground: the memory API end to end.

export const WELCOME = `# Persona Graph playground, served by this server:
# it works offline. The other tabs are examples:
# ingest, recall, ragQuery, graphUpdates (live).
#
# With auth on, set your token under Headers:
# { "Authorization": "Bearer <JWT>" }

query ServerInfo {
  serverInfo {
    version
    authMode
  }
}
`;

const USER = { userId: 'alice123' };

export const EXAMPLE_TABS = [
  { query: WELCOME },
  {
    query: `# Remember something a user said or did.
mutation Ingest($userId: ID!, $input: IngestInput!) {
  ingest(userId: $userId, input: $input) {
    duplicate
    episode {
      id
      occurredAt
    }
    entitiesCreated {
      name
      type
    }
    factsCreated {
      statement
      validFrom
    }
    factsInvalidated {
      statement
    }
    usage {
      provider
      calls
    }
  }
}
`,
    variables: JSON.stringify(
      {
        ...USER,
        input: {
          content: 'I just moved to Lisbon with my wife Maria; we love hiking and specialty coffee.',
          source: 'chat',
          sourceRef: 'msg-1',
          occurredAt: '2026-03-01T09:30:00Z',
        },
      },
      null,
      2,
    ),
  },
  {
    query: `# Hybrid retrieval over facts, entities and episodes.
query Recall($userId: ID!, $input: RecallInput!) {
  recall(userId: $userId, input: $input) {
    kind
    id
    text
    score
    sources {
      id
      source
      sourceRef
      occurredAt
    }
  }
}
`,
    variables: JSON.stringify({ ...USER, input: { query: 'Where does Alice live?', limit: 5 } }, null, 2),
  },
  {
    query: `# Recall plus one model call that answers from the memory only.
mutation Ask($userId: ID!, $input: RagQueryInput!) {
  ragQuery(userId: $userId, input: $input) {
    answer
    known
    citations {
      kind
      text
      sources {
        sourceRef
        occurredAt
      }
    }
    usage {
      provider
      model
    }
  }
}
`,
    variables: JSON.stringify(
      { ...USER, input: { query: 'What should I recommend for her weekend?' } },
      null,
      2,
    ),
  },
  {
    query: `# Live changes to one user's graph (over graphql-ws). Run it, then ingest in another tab.
subscription GraphUpdates($userId: ID!) {
  graphUpdates(userId: $userId) {
    kind
    sequence
    timestamp
    nodeId
    mergedFromId
  }
}
`,
    variables: JSON.stringify(USER, null, 2),
  },
];
