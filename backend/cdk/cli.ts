/**
 * `npm run deploy` / `npm run destroy`: one stage's stack through the CDK CLI.
 *
 *   npm run deploy -- --stage test [--instance alice] [-- <more cdk deploy flags>]
 *   npm run destroy -- --stage test [--instance alice] [--force]
 *
 * Deploy writes the stack outputs to `.loopgauge/targets/<stack>.json`
 * (`cdk deploy --outputs-file`), which the load and report tools read.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cdkArguments } from './deploy-args.ts';
import { PROJECT_ROOT } from './project.ts';

let args: string[] | undefined;
try {
  args = cdkArguments(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
if (args) {
  const cdk = createRequire(import.meta.url).resolve('aws-cdk/bin/cdk');
  console.error(`> cdk ${args.join(' ')}`);
  const result = spawnSync(process.execPath, [cdk, ...args], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (result.error) {
    console.error(`cannot run the CDK CLI: ${result.error.message}`);
    process.exitCode = 1;
  } else {
    process.exitCode = result.status ?? 1;
  }
}
