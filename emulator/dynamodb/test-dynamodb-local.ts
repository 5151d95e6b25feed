/**
 * `npm run test:dynamodb-local`: the consumed-capacity table test against
 * AWS's DynamoDB Local instead of the embedded DynamoDB. Says how to install
 * DynamoDB Local when it is missing.
 */
import { spawnSync } from 'node:child_process';
import { locateDynamoDbLocal } from './local-jar.ts';

const found = locateDynamoDbLocal();
if ('missing' in found) {
  process.stderr.write(`test:dynamodb-local: ${found.missing}\n`);
  process.exit(1);
}
const result = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--project',
    'integration',
    'emulator/dynamodb/tests/integration/capacity.test.ts',
  ],
  { stdio: 'inherit', env: { ...process.env, LOOPGAUGE_DYNAMODB: 'local-jar' } },
);
process.exit(result.status ?? 1);
