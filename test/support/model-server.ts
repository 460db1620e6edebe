// The usual set-up of a test file that talks to a model: a fake OpenAI-compatible server and the API pointed at it,
// started before the file's tests, closed after them, the fake's script and counters reset before each test.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type FakeOpenAI, fakeModelEnv, startFakeOpenAI } from './fake-openai.ts';
import { startTestServer, type TestServer } from './test-server.ts';

/** Registers the hooks; `ready` receives both once they run (before the file's own beforeAll). */
export function useFakeModelServer(
  env: Record<string, string>,
  ready: (fake: FakeOpenAI, server: TestServer) => void,
  options: { now?: () => Date } = {},
): void {
  let fake: FakeOpenAI | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    fake = await startFakeOpenAI({ dimensions: 256 });
    server = await startTestServer(fakeModelEnv(fake, env), options);
    ready(fake, server);
  });
  afterAll(async () => {
    await server?.close();
    await fake?.close();
  });
  beforeEach(() => fake?.reset());
}
