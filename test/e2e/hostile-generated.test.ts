// Generated hostile input through the API: every Unicode class, control characters, Lucene and Cypher syntax, giant
// tokens. Each value is stored exactly (and found again) or refused with a stable code, never an internal error.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/errors/index.ts';
import { eraseUser } from '../../src/memory/edit/index.ts';
import { startTestServer, type TestServer, uniqueUserId } from '../support/test-server.ts';

const INGEST = /* GraphQL */ `
  mutation ($userId: ID!, $input: IngestInput!, $mode: IngestMode) {
    ingest(userId: $userId, input: $input, mode: $mode) { status episode { id content speaker } }
  }`;
const RECALL = /* GraphQL */ `
  query ($userId: ID!, $query: String!) { recall(userId: $userId, input: { query: $query }) { id text } }`;
const CREATE_ENTITY = /* GraphQL */ `
  mutation ($userId: ID!, $name: String!) {
    createEntities(input: [{ userId: $userId, name: $name, type: "concept", aliases: [] }]) { entities { id name } }
  }`;

const PUBLIC_CODES = new Set<string>(
  Object.values(ErrorCode).filter((code) => code !== 'INTERNAL_SERVER_ERROR'),
);
const SYNTAX = [
  ...`+-&|!(){}[]^"~*?:\\/\`'$;%<>#@=`,
  ' AND ',
  ' OR ',
  ' NOT ',
  'MATCH (n) DETACH DELETE n',
  '$userId',
];

/** Strings from every Unicode class and from query syntax, some with lone surrogates (invalid UTF-16). */
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
  fc
    .array(fc.constantFrom(...SYNTAX, '\u0000', '\u001b', '\u200b', '\u202e', '\uFEFF', '👩‍👩‍👧', 'é', 'ß'), {
      minLength: 1,
      maxLength: 30,
    })
    .map((parts) => parts.join('')),
  fc.integer({ min: 1000, max: 20_000 }).map((n) => `${'é'.repeat(n)} giant`),
);

describe('generated hostile input through the API', () => {
  let server: TestServer;
  const userId = uniqueUserId('generated');
  beforeAll(async () => {
    server = await startTestServer({ MAX_CONTENT_CHARS: '100000' });
  });
  afterAll(async () => {
    // Its ASYNC episodes would otherwise wait in the shared queue for another file's worker.
    if (server) await eraseUser(server, { userId });
    await server?.close();
  });

  /** Either data, or one error whose code is public and not INTERNAL_SERVER_ERROR. */
  function refusedWithCode(errors: Array<{ extensions?: { code?: string } }> | undefined): boolean {
    if (!errors?.length) return false;
    for (const error of errors) expect(PUBLIC_CODES).toContain(error.extensions?.code);
    return true;
  }

  it('ingest (both modes) stores the content exactly or refuses it with a code, and recall never fails', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, fc.constantFrom('SYNC', 'ASYNC'), async (text, mode) => {
        const response = await server.gql<{ ingest: { episode: { content: string } } }>(INGEST, {
          userId,
          input: { content: text, speaker: text.slice(0, 100) },
          mode,
        });
        if (refusedWithCode(response.errors)) return;
        expect(response.data?.ingest.episode.content).toBe(text.trim());
        const recalled = await server.gql(RECALL, { userId, query: text.slice(0, 2000) });
        expect(refusedWithCode(recalled.errors) || Array.isArray(recalled.data?.recall)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('an entity name through the generated CRUD is stored exactly or refused with a code', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (name) => {
        const response = await server.gql<{ createEntities: { entities: Array<{ name: string }> } }>(
          CREATE_ENTITY,
          { userId, name },
        );
        if (refusedWithCode(response.errors)) return;
        expect(response.data?.createEntities.entities[0]?.name).toBe(name);
      }),
      { numRuns: 50 },
    );
  });
});
