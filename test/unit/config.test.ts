import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.ts';

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ HOST: '127.0.0.1', PORT: 4000, EMBEDDING_DIMENSIONS: 256 });
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
