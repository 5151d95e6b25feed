#!/usr/bin/env node
// Entry point of the `loopgauge-k6` command: runs the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./cli.ts');
runCli(process.argv.slice(2));
