import { parseCliArgs, USAGE } from './cli-args.ts';
import { MockConfigError } from './config.ts';
import { startMockProviderServer } from './server.ts';

/**
 * `npm run mock-provider -- --port 9090 --profile fast --seed 42`
 * Prints `mock-provider listening on <url>` (first line, for scripts that
 * start it), then the profile's model. Bad flags: one error line, exit 2.
 */
async function main(): Promise<void> {
  let command: ReturnType<typeof parseCliArgs>;
  try {
    command = parseCliArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof MockConfigError) {
      process.stderr.write(`mock-provider: ${error.message}\n${USAGE}\n`);
      process.exit(2);
    }
    throw error;
  }
  if (command.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let server: Awaited<ReturnType<typeof startMockProviderServer>>;
  try {
    server = await startMockProviderServer(command.server);
  } catch (error) {
    process.stderr.write(`mock-provider: ${(error as Error).message}\n`);
    process.exit(1);
  }
  process.stdout.write(`mock-provider listening on ${server.url}\n${server.provider.describe()}\n`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
