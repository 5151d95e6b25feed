/** `loopgauge publish-pacts`: publishes the committed pacts to a Pact Broker, as the git commit on its branch. */
import {
  BrokerSetupError,
  brokerFromEnv,
  gitVersion,
  PACTS_DIR,
  PactFileError,
  publishArgs,
  readPacts,
  runPactBroker,
  uncommitted,
} from '#contracts/verify';
import { type Command, parseFlags, UsageError } from './args.ts';

export const PUBLISH_PACTS_USAGE = `loopgauge publish-pacts [options]

Publishes the chat API's pacts (${PACTS_DIR}/) to a Pact Broker, versioned by the git commit and branch.

  --pacts DIR     the pact folder (default ${PACTS_DIR})

  PACT_BROKER_BASE_URL                           the broker
  PACT_BROKER_TOKEN, or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD
  GIT_BRANCH                                     the branch, when HEAD is detached`;

/** The command as `loopgauge` runs it (cli/main.ts). */
export const command: Command = {
  usage: PUBLISH_PACTS_USAGE,
  run: (argv) => publishPactsCommand(argv, process.env),
};

export async function publishPactsCommand(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseFlags(argv, { pacts: { type: 'string' } });
  const dir = values.pacts ?? PACTS_DIR;
  try {
    const broker = brokerFromEnv(env);
    const pacts = await readPacts(dir);
    if (pacts.length === 0) throw new UsageError(`${dir} holds no pact of the chat API`);
    const files = pacts.map((pact) => pact.path);
    const changed = await uncommitted(files);
    if (changed.length > 0) {
      throw new UsageError(
        `${changed.join(', ')} has changes not committed: the commit would not name what is published`,
      );
    }
    const version = await gitVersion(env);
    process.stdout.write(
      `publishing ${files.length} pacts to ${broker.url} as ${version.commit} on ${version.branch}\n`,
    );
    const { code } = await runPactBroker(publishArgs(files, version), broker);
    return code;
  } catch (error) {
    if (error instanceof BrokerSetupError || error instanceof PactFileError) {
      throw new UsageError(error.message);
    }
    throw error;
  }
}
