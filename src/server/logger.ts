// Structured logs (pino): JSON where logs are collected, readable lines in a terminal.
import { createRequire } from 'node:module';
import pino, { type Logger } from 'pino';
import type { Config } from '../config/index.ts';

export function createLogger(config: Pick<Config, 'LOG_LEVEL' | 'NODE_ENV'>): Logger {
  // Readable lines for a person at a terminal (`npm start` too); JSON wherever logs are collected (no TTY).
  const pretty = config.NODE_ENV !== 'test' && process.stdout.isTTY && hasPrettyPrinter();
  return pino({
    level: config.LOG_LEVEL,
    redact: ['req.headers.authorization', 'connectionParams.authorization', '*.password', '*.apiKey'],
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss' } } } : {}),
  });
}

/** pino-pretty is a development dependency: an install without it logs JSON instead of failing. */
function hasPrettyPrinter(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}
