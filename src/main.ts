// Entry point of `npm start`.
import { ConfigError, loadConfig } from './config/index.ts';
import { startServer } from './server/start.ts';

const [major] = process.versions.node.split('.').map(Number);
if ((major ?? 0) < 20) {
  console.error(`Persona Graph needs Node.js 20 or newer; this is ${process.version}.`);
  process.exit(1);
}

try {
  const config = loadConfig();
  const server = await startServer(config);
  const stop = (signal: string) => {
    server.app.services.logger.info(`${signal} received: draining requests and shutting down`);
    const forced = setTimeout(() => process.exit(1), 30_000);
    forced.unref();
    server.shutdown().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
} catch (error) {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
