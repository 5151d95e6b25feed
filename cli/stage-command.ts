/** `loopgauge stage`: starts the local stage, prints where everything is, runs until Ctrl-C. */
import { ADMIN_HEADER, DynamoDbLocalUnavailableError, startEmulator } from '#emulator';
import { getStage, USERS_FILE } from '#stages';
import { type Command, parseFlags, portFlag, UsageError } from './args.ts';
import { onShutdownSignals } from './shutdown.ts';

export const STAGE_USAGE = `loopgauge stage [options]

Starts the local stage: the whole request path on this machine.

  --port N            API port (default 3000; 0 picks a free one)
  --admin-port N      admin endpoint port (default 3001)
  --identity-port N   identity provider port (default: free)
  --dynamodb-port N   embedded DynamoDB port (default: free)
  --mock-port N       mock AI provider port (default: free)
  --aws-port N        Lambda, CloudWatch and CloudWatch Logs APIs port (default: free)
  --quiet-functions   do not print the functions' own log lines
  --stage NAME        the stage definition to run (default local; small-table throttles its table)
  --dynamodb KIND     embedded (default: counts and throttles like AWS) or local-jar
                      (AWS's DynamoDB Local: npm install --no-save amplify-dynamodb-simulator, and Java)
  --index-delay-ms N  milliseconds before a write shows in the chat index (default: the stage's)
  DYNAMODB_ENDPOINT   use this DynamoDB-compatible endpoint instead of the embedded one
  LOOPGAUGE_DYNAMODB  the default for --dynamodb`;

/** The command as `loopgauge` runs it (cli/main.ts). */
export const command: Command = {
  usage: STAGE_USAGE,
  run: (argv) => stageCommand(argv, process.env),
};

export async function stageCommand(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseFlags(argv, {
    port: { type: 'string' },
    'admin-port': { type: 'string' },
    'identity-port': { type: 'string' },
    'dynamodb-port': { type: 'string' },
    'mock-port': { type: 'string' },
    'aws-port': { type: 'string' },
    'quiet-functions': { type: 'boolean' },
    stage: { type: 'string' },
    dynamodb: { type: 'string' },
    'index-delay-ms': { type: 'string' },
  });
  const dynamodb = values.dynamodb ?? (env.LOOPGAUGE_DYNAMODB || 'embedded');
  if (dynamodb !== 'embedded' && dynamodb !== 'local-jar') {
    throw new UsageError(`--dynamodb must be "embedded" or "local-jar", got "${dynamodb}"`);
  }
  const indexDelay = values['index-delay-ms'];
  if (indexDelay !== undefined && !/^\d{1,5}$/.test(indexDelay)) {
    throw new UsageError(
      `--index-delay-ms must be a whole number of milliseconds, got "${indexDelay}"`,
    );
  }
  let stage: ReturnType<typeof getStage>;
  try {
    stage = getStage(values.stage ?? 'local');
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const ports = {
    api: portFlag(values.port, 'port', 3000),
    admin: portFlag(values['admin-port'], 'admin-port', 3001),
    identity: portFlag(values['identity-port'], 'identity-port', 0),
    dynamodb: portFlag(values['dynamodb-port'], 'dynamodb-port', 0),
    mockProvider: portFlag(values['mock-port'], 'mock-port', 0),
    aws: portFlag(values['aws-port'], 'aws-port', 0),
  };
  const portFlags: Record<keyof typeof ports, string> = {
    api: '--port',
    admin: '--admin-port',
    identity: '--identity-port',
    dynamodb: '--dynamodb-port',
    mockProvider: '--mock-port',
    aws: '--aws-port',
  };
  const started = performance.now();
  const emulator = await startEmulator({
    stage,
    ports,
    dynamodb,
    ...(indexDelay === undefined ? {} : { indexPropagationMs: Number(indexDelay) }),
    dynamodbEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    functionLogs: values['quiet-functions'] ? 'silent' : 'inherit',
    // What the mock provider reports: ignored directives, internal errors.
    log: (line) => process.stderr.write(`${line}\n`),
  }).catch((error: unknown) => {
    if (error instanceof DynamoDbLocalUnavailableError) throw new UsageError(error.message);
    const inUse = addressInUse(error);
    if (inUse) {
      const part = (Object.keys(ports) as Array<keyof typeof ports>).find(
        (key) => ports[key] !== 0 && ports[key] === inUse.port,
      );
      throw new UsageError(
        part
          ? `port ${inUse.port} is in use (pick another with ${portFlags[part]})`
          : `a port is in use (${(error as Error).message})`,
        { usage: false },
      );
    }
    throw error;
  });
  const seconds = ((performance.now() - started) / 1_000).toFixed(1);
  const table =
    dynamodb === 'local-jar' ? `${emulator.tableName} (DynamoDB Local)` : emulator.tableName;
  process.stdout.write(`loopgauge ${stage.name} stage is up (${seconds} s)
  API            ${emulator.apiUrl}
  admin          ${emulator.adminUrl}   GET /metrics · POST /recycle · POST /metrics/reset (header ${ADMIN_HEADER}: 1)
  identity       ${emulator.endpoints.cognito}   pool ${emulator.userPoolId} · client ${emulator.userPoolClientId}
  DynamoDB       ${emulator.endpoints.dynamodb}   table ${table}
  mock provider  ${emulator.mockProviderUrl}
  AWS APIs       ${emulator.endpoints.lambda}   Lambda (function configuration) · CloudWatch GetMetricData · CloudWatch Logs FilterLogEvents
  target file    ${emulator.targetFile}

Get tokens:  npm run users -- --count 10        (writes ${USERS_FILE})
Try it:      curl -H "Authorization: Bearer <accessToken>" ${emulator.apiUrl}/chats
Ctrl-C stops the stage.
`);
  const shutdown = onShutdownSignals(process, {
    force: () => {
      process.stdout.write('second Ctrl-C: forcing the local stage to stop.\n');
      process.exit(130);
    },
  });
  await shutdown.requested;
  process.stdout.write('stopping the local stage… (Ctrl-C again to force)\n');
  try {
    await emulator.close();
  } finally {
    shutdown.done();
  }
  process.stdout.write('stopped.\n');
  // Exit now rather than when the last handle drains: a signal that lands
  // while Node tears the process down would end it with that signal's status.
  process.exit(0);
}

/** The EADDRINUSE error in an error's chain of causes, with the port it names. */
function addressInUse(error: unknown): { port: number | undefined } | undefined {
  for (let e = error; e instanceof Error; e = e.cause) {
    const { code, port } = e as NodeJS.ErrnoException & { port?: number };
    if (code === 'EADDRINUSE') {
      const cause = e.cause as { port?: number } | undefined;
      return { port: port ?? cause?.port };
    }
  }
  return undefined;
}
