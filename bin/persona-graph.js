#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx persona-graph` works from a clone without a build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
