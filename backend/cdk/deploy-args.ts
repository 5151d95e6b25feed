/**
 * The CDK CLI command line for `npm run deploy` / `npm run destroy`.
 */
import { parseArgs } from 'node:util';
import { deployOutputsFile, getStage, type StageName, stackName } from '#stages';

export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

const USAGE = `usage: npm run deploy -- --stage <name> [--instance <name>] [-- <cdk deploy flags>]
       npm run destroy -- --stage <name> [--instance <name>] [--force]`;

/** The CDK CLI arguments for a command line of this script. */
export function cdkArguments(argv: readonly string[]): string[] {
  const split = argv.indexOf('--');
  const own = split === -1 ? [...argv] : argv.slice(0, split);
  const passThrough = split === -1 ? [] : argv.slice(split + 1);
  const [command, ...rest] = own;
  if (command !== 'deploy' && command !== 'destroy') {
    throw new CliUsageError(`unknown command "${command ?? ''}"\n${USAGE}`);
  }
  let values: { stage?: string; instance?: string; force?: boolean };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        stage: { type: 'string' },
        instance: { type: 'string' },
        force: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CliUsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.stage === undefined) throw new CliUsageError(`--stage is required\n${USAGE}`);
  if (values.force && command === 'deploy') {
    throw new CliUsageError(`--force applies to destroy only\n${USAGE}`);
  }
  const stage = getStage(values.stage);
  if (stage.name === 'local') {
    throw new CliUsageError(
      'the local stage runs on this machine and is not deployed; choose a deployed stage (test, throughput, prod)',
    );
  }
  const stack = stackName(stage.name as StageName, values.instance);
  const context = ['-c', `stage=${stage.name}`];
  if (values.instance) context.push('-c', `instance=${values.instance}`);
  if (command === 'deploy') {
    return [
      'deploy',
      stack,
      ...context,
      '--outputs-file',
      deployOutputsFile(stack),
      ...passThrough,
    ];
  }
  return ['destroy', stack, ...context, ...(values.force ? ['--force'] : []), ...passThrough];
}
