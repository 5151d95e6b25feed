#!/usr/bin/env node
// Entry point of the `loopgauge` command: runs the TypeScript CLI through tsx.
// `loopgauge k6 …` is the engine's own command (`loopgauge-k6 …`), on plain
// Node without a TypeScript loader, as load/engine/bin.js runs it.
if (process.argv[2] === 'k6') {
  process.argv.splice(2, 1);
  await import('../load/engine/bin.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./loopgauge.ts');
}
