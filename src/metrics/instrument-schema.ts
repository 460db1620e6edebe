// Times every root query and mutation resolver (memory operations and generated CRUD alike) by wrapping it once in
// the built schema: no per-field hook, so nested fields cost nothing. Ingest and recall also count what they did.
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { Metrics } from './metrics.ts';

type IngestOutcome = { status?: string };

export function instrumentRootResolvers(schema: GraphQLSchema, metrics: Metrics): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      const name = field.name;
      field.resolve = async (source, args, context, info) => {
        const stop = metrics.resolverSeconds.startTimer({ field: name });
        const ingestMode = name === 'ingest' || name === 'ingestBatch' ? String(args.mode ?? 'SYNC') : null;
        const stopIngest = ingestMode ? metrics.ingestSeconds.startTimer({ mode: ingestMode }) : undefined;
        const stopRecall = name === 'recall' ? metrics.recallSeconds.startTimer() : undefined;
        try {
          const result = await resolve(source, args, context, info);
          if (ingestMode)
            for (const outcome of (Array.isArray(result) ? result : [result]) as IngestOutcome[])
              metrics.ingestedEpisodes.inc({ mode: ingestMode, status: outcome?.status ?? 'DONE' });
          return result;
        } finally {
          stop();
          stopIngest?.();
          stopRecall?.();
        }
      };
    }
  }
  return schema;
}
