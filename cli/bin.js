#!/usr/bin/env node
// Entry point of the `loopgauge` command: runs the TypeScript CLI through tsx.

// The AWS SDK warns on every command under Node 20 that its releases after
// January 2027 need Node 22 (https://a.co/c895JFp); the README says so once.
// The SDK's own switch (read by @aws-sdk/core's emitWarningIfUnsupportedVersion)
// quiets it here and in the processes the CLI starts; set it to "false" to see it.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

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
