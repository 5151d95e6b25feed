#!/usr/bin/env node
// Entry point of the `loopgauge-k6` command (and `npm run k6`): bundles the engine with
// esbuild (build.js), then runs its command line on plain Node.
import { buildEngine } from './build.js';

const engine = buildEngine('cli.ts');
process.once('exit', engine.remove);
const { runCli } = await import(engine.file);
runCli(process.argv.slice(2));
