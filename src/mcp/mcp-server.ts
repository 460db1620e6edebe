// The Model Context Protocol face of the memory engine, for agent hosts: tools to ingest, recall, answer and forget,
// and each user's graph summary as a resource. Every tool checks the caller exactly as the GraphQL resolvers do.
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { authorizeUser, type Viewer } from '../auth/index.ts';
import { BadUserInputError, ErrorCode } from '../errors/index.ts';
import type { AppServices } from '../graphql/context.ts';
import { deleteAndAnnounce } from '../memory/edit/index.ts';
import { ingestEpisodes } from '../memory/ingest/index.ts';
import { ragQuery } from '../memory/rag/index.ts';
import { recallMemory } from '../memory/recall/index.ts';
import { graphSummary } from './graph-summary.ts';

const USER_ID = z
  .string()
  .min(1)
  .optional()
  .describe("The user whose memory to use; defaults to the token's subject.");

/** The user a call acts for: the given id, else the token's subject; checked like every resolver. */
function userFor(viewer: Viewer, userId: string | undefined): string {
  const id = userId ?? viewer.subject;
  if (!id) throw new BadUserInputError('userId is required (the token names no subject)');
  authorizeUser(viewer, id);
  return id;
}

/** A tool's answer: text an agent reads, and the same as structured content. */
function result(text: string, structured: Record<string, unknown>): CallToolResult {
  return { content: [{ type: 'text', text }], structuredContent: structured };
}

/** Errors become tool results marked isError, with the same stable code as over GraphQL. */
async function guarded(run: () => Promise<CallToolResult>): Promise<CallToolResult> {
  try {
    return await run();
  } catch (error) {
    const code = (error instanceof GraphQLError && error.extensions.code) || ErrorCode.INTERNAL_SERVER_ERROR;
    const message =
      code === ErrorCode.INTERNAL_SERVER_ERROR ? 'Internal server error' : (error as Error).message;
    return { isError: true, content: [{ type: 'text', text: `${code}: ${message}` }] };
  }
}

const itemLine = (item: { kind: string; text: string; occurredAt?: string | null }, i: number) =>
  `${i + 1}. [${item.kind.toLowerCase()}${item.occurredAt ? `, ${item.occurredAt.slice(0, 10)}` : ''}] ${item.text}`;

/** One MCP server for one caller (the Streamable HTTP endpoint builds one per request). */
export function createMcpServer(services: AppServices, viewer: Viewer): McpServer {
  const server = new McpServer({ name: 'persona-graph', version: '0.1.0' });

  server.registerTool(
    'ingest',
    {
      description: "Remember something the user said or did: it goes into the user's memory graph.",
      inputSchema: {
        userId: USER_ID,
        content: z.string().min(1).describe('What was said or done, verbatim.'),
        source: z.string().optional().describe('chat, email, browser, …'),
        sourceRef: z
          .string()
          .optional()
          .describe('Your id for it: sending the same sourceRef again is a no-op.'),
        occurredAt: z.string().optional().describe('When it happened (ISO 8601); default now.'),
      },
    },
    ({ userId, ...input }) =>
      guarded(async () => {
        const [done] = await ingestEpisodes(services, userFor(viewer, userId), [input]);
        const facts = done!.factsCreated.map((f) => String(f.statement));
        const text = done!.duplicate
          ? 'Already remembered: nothing new.'
          : `Remembered. ${facts.length ? `Facts: ${facts.join(' ')}` : 'No new facts.'}`;
        return result(text, {
          status: done!.status,
          episodeId: done!.episode.id,
          entitiesCreated: done!.entitiesCreated.map((e) => e.name),
          factsCreated: facts,
          factsInvalidated: done!.factsInvalidated.map((f) => String(f.statement)),
        });
      }),
  );

  server.registerTool(
    'recall',
    {
      description: "Search the user's memory: facts, entities and episodes most relevant to the query.",
      inputSchema: {
        userId: USER_ID,
        query: z.string().min(1),
        limit: z.number().int().min(1).max(100).optional(),
        asOf: z.string().optional().describe('Facts as they held at this time (ISO 8601) instead of now.'),
      },
    },
    ({ userId, ...input }) =>
      guarded(async () => {
        const { items } = await recallMemory(services, userFor(viewer, userId), input);
        const found = items.map(({ kind, id, text, score, occurredAt }) => ({
          kind,
          id,
          text,
          score,
          occurredAt,
        }));
        const text = found.length ? found.map(itemLine).join('\n') : 'Nothing in memory matches.';
        return result(text, { items: found });
      }),
  );

  server.registerTool(
    'rag_query',
    {
      description: "Answer a question from the user's memory only, citing what it used.",
      inputSchema: { userId: USER_ID, query: z.string().min(1) },
    },
    ({ userId, query }) =>
      guarded(async () => {
        const answer = await ragQuery(services, userFor(viewer, userId), { query });
        return result(answer.answer, {
          answer: answer.answer,
          known: answer.known,
          citations: answer.citations.map(({ kind, id, text }) => ({ kind, id, text })),
        });
      }),
  );

  for (const kind of ['entity', 'fact'] as const)
    server.registerTool(
      `forget_${kind}`,
      {
        description:
          kind === 'entity'
            ? 'Delete one of the user’s entities and every fact about it.'
            : 'Delete one of the user’s facts.',
        inputSchema: {
          userId: USER_ID,
          id: z.string().min(1),
          deleteEpisodes: z.boolean().optional().describe('Also delete the episodes nothing else uses.'),
        },
      },
      ({ userId, id, deleteEpisodes }) =>
        guarded(async () => {
          const deleted = await deleteAndAnnounce(services, kind, {
            userId: userFor(viewer, userId),
            id,
            deleteEpisodes: deleteEpisodes ?? false,
          });
          const counts = {
            entities: deleted.entityIds.length,
            facts: deleted.factIds.length,
            episodes: deleted.episodeIds.length,
          };
          return result(
            `Forgotten: ${counts.entities} entities, ${counts.facts} facts, ${counts.episodes} episodes.`,
            counts,
          );
        }),
    );

  server.registerResource(
    'graph-summary',
    new ResourceTemplate('persona://users/{userId}/summary', { list: undefined }),
    {
      description: "A summary of a user's memory graph: counts, the most active entities, current facts.",
      mimeType: 'application/json',
    },
    async (uri, { userId }) => {
      const id = userFor(viewer, String(userId));
      const summary = await graphSummary(services, id);
      return {
        contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(summary, null, 2) }],
      };
    },
  );

  return server;
}
