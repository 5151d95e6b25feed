#!/usr/bin/env node
// Entry point of the `loopgauge-k6` command (and `npm run k6`): bundles the engine with
// esbuild, then runs its command line on plain Node.
import { rmSync } from 'node:fs';
import { buildEngine } from './build.js';

const bundle = await buildEngine('cli.ts');
const { runCli } = await import(bundle);
rmSync(bundle, { force: true });
runCli(process.argv.slice(2));
