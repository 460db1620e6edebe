// Tracks whether Neo4j is reachable and its schema set up; re-applies the schema when the database comes back.
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { ensureGraphSchema, isDatabaseReachable, isGraphSchemaReady } from '../neo4j/index.ts';

export interface ReadinessState {
  ready: boolean;
  database: 'up' | 'down';
  schema: 'ready' | 'pending';
}

export class Readiness {
  private schemaApplied = false;
  private applying: Promise<void> | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly options: { database?: string; embeddingDimensions: number; logger: Logger },
  ) {}

  /** Creates constraints and indexes; safe to call repeatedly and concurrently. */
  ensureSchema(): Promise<void> {
    this.applying ??= ensureGraphSchema(this.driver, this.options)
      .then(() => {
        this.schemaApplied = true;
        this.options.logger.info('graph schema (constraints and indexes) is in place');
      })
      .finally(() => {
        this.applying = undefined;
      });
    return this.applying;
  }

  async check(): Promise<ReadinessState> {
    const up = await isDatabaseReachable(this.driver, this.options.database);
    if (!up) return { ready: false, database: 'down', schema: this.schemaApplied ? 'ready' : 'pending' };
    if (!this.schemaApplied) {
      await this.ensureSchema().catch((err) =>
        this.options.logger.warn({ err }, 'graph schema setup failed'),
      );
    }
    const schemaReady =
      this.schemaApplied && (await isGraphSchemaReady(this.driver, this.options.database).catch(() => false));
    return { ready: schemaReady, database: 'up', schema: schemaReady ? 'ready' : 'pending' };
  }
}
