#!/usr/bin/env node
// Entry point of the `loopgauge` command: runs the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./loopgauge.ts');
