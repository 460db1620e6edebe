// A short picture of one user's memory for an agent: how much there is, what is most alive, what holds now.
import type { AppServices } from '../graphql/context.ts';

const SUMMARY = `
CALL () { MATCH (ep:Episode {userId: $userId}) RETURN count(ep) AS episodes }
CALL () { MATCH (e:Entity {userId: $userId}) WHERE NOT coalesce(e.archived, false) RETURN count(e) AS entities }
CALL () {
  MATCH (f:Fact {userId: $userId}) WHERE f.invalidatedAt IS NULL AND NOT coalesce(f.archived, false)
  RETURN count(f) AS facts
}
CALL () {
  MATCH (e:Entity {userId: $userId}) WHERE NOT coalesce(e.archived, false)
  WITH e ORDER BY coalesce(e.activation, -100) DESC, e.name LIMIT 10
  RETURN collect(e {.id, .name, .type, .summary}) AS topEntities
}
CALL () {
  MATCH (f:Fact {userId: $userId}) WHERE f.invalidatedAt IS NULL AND NOT coalesce(f.archived, false)
  WITH f ORDER BY coalesce(f.activation, -100) DESC, f.statement LIMIT 20
  RETURN collect(f {.id, .statement, validFrom: toString(f.validFrom)}) AS currentFacts
}
RETURN episodes, entities, facts, topEntities, currentFacts`;

export interface GraphSummary {
  userId: string;
  episodes: number;
  entities: number;
  facts: number;
  topEntities: Array<{ id: string; name: string; type: string; summary: string | null }>;
  currentFacts: Array<{ id: string; statement: string; validFrom: string | null }>;
}

export async function graphSummary(
  services: Pick<AppServices, 'driver' | 'database'>,
  userId: string,
): Promise<GraphSummary> {
  const { records } = await services.driver.executeQuery(
    SUMMARY,
    { userId },
    { database: services.database, routing: 'READ' },
  );
  const r = records[0]!;
  return {
    userId,
    episodes: Number(r.get('episodes')),
    entities: Number(r.get('entities')),
    facts: Number(r.get('facts')),
    topEntities: r.get('topEntities'),
    currentFacts: r.get('currentFacts'),
  };
}
