import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.ts';

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ HOST: '127.0.0.1', PORT: 4000, LOCAL_EMBEDDING_THREADS: 2 });
    // No stack traces in error responses unless development is asked for.
    expect(config.NODE_ENV).toBe('production');
  });

  it('reports every bad value on its own line and hides secrets', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: '-1', NEO4J_URI: 'http://x', AUTH_JWT_SECRET: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toContain('NEO4J_URI="http://x"');
    expect(problems.join('\n')).toContain('AUTH_JWT_SECRET="***"');
  });
});

describe('chat and embedding providers', () => {
  it('without a key: offline chat and the local embedding model (384 dimensions)', () => {
    expect(loadConfig({})).toMatchObject({
      CHAT_PROVIDER: 'offline',
      EMBEDDING_PROVIDER: 'local',
      EMBEDDING_DIMENSIONS: 384,
    });
  });

  it('with a key: OpenAI for both, 256 dimensions', () => {
    expect(loadConfig({ OPENAI_API_KEY: 'k' })).toMatchObject({
      CHAT_PROVIDER: 'openai',
      EMBEDDING_PROVIDER: 'openai',
      EMBEDDING_DIMENSIONS: 256,
    });
  });

  it('under NODE_ENV=test without a key: hashed embeddings, so tests need no JVM', () => {
    expect(loadConfig({ NODE_ENV: 'test' })).toMatchObject({
      CHAT_PROVIDER: 'offline',
      EMBEDDING_PROVIDER: 'hash',
      EMBEDDING_DIMENSIONS: 256,
    });
  });

  it('mixes: OpenAI-compatible chat with local embeddings', () => {
    expect(loadConfig({ OPENAI_API_KEY: 'k', EMBEDDING_PROVIDER: 'local' })).toMatchObject({
      CHAT_PROVIDER: 'openai',
      EMBEDDING_PROVIDER: 'local',
      EMBEDDING_DIMENSIONS: 384,
    });
  });

  it('refuses what cannot work, naming the setting', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (error) {
        return (error as ConfigError).problems.join('\n');
      }
      return '';
    };
    expect(problems({ CHAT_PROVIDER: 'openai' })).toMatch(/CHAT_PROVIDER="openai": .*OPENAI_API_KEY/);
    expect(problems({ EMBEDDING_PROVIDER: 'openai' })).toMatch(/EMBEDDING_PROVIDER="openai"/);
    expect(problems({ EMBEDDING_PROVIDER: 'local', EMBEDDING_DIMENSIONS: '256' })).toMatch(
      /EMBEDDING_DIMENSIONS="256": the local model makes 384-dimension vectors/,
    );
    expect(problems({ EMBEDDING_PROVIDER: 'bert' })).toMatch(/EMBEDDING_PROVIDER="bert"/);
  });
});
