/**
 * Removes a run's test users and everything they wrote, through the stage's
 * own APIs: each user's chats (found through the activity index) and their
 * items, then the user. A local stage the runner started needs none of it:
 * stopping it discards everything.
 *
 * A provisioned table the run just saturated keeps throttling for a while
 * after it: the clients retry throttled calls with the SDK's adaptive mode
 * (a client-side rate limiter on top of the backoff), and BatchWriteItem's
 * unprocessed items are sent again after an exponential, capped backoff,
 * within a bounded total time. Cleanup that still fails throws
 * `CleanupError`; the runner reports it and keeps the run's own outcome.
 */
import {
  AdminDeleteUserCommand,
  CognitoIdentityProviderClient,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { TABLE_KEYS, userPartition } from '#backend';
import { clientConfig, type Target, type UsersFile } from '#targets';

/** BatchWriteItem takes at most 25 requests (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html). */
const BATCH = 25;

/**
 * The cleanup clients' retries: more attempts than the SDK's default 3, in
 * its adaptive mode
 * (https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html).
 */
export const CLEANUP_RETRIES = { maxAttempts: 10, retryMode: 'adaptive' } as const;

/**
 * Backoff between rounds of unprocessed items: AWS asks for an exponential
 * one (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html),
 * each wait doubling from `baseMs` up to `capMs`, all of one batch's waits
 * within `budgetMs`.
 */
export interface Backoff {
  baseMs: number;
  capMs: number;
  budgetMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const CLEANUP_BACKOFF: Backoff = {
  baseMs: 100,
  capMs: 5_000,
  budgetMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export class CleanupError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'CleanupError';
  }
}

export async function removeRunData(
  target: Target,
  users: UsersFile,
  stageStoppedAfterRun: boolean,
  backoff: Backoff = CLEANUP_BACKOFF,
): Promise<void> {
  if (stageStoppedAfterRun) return;
  const dynamodb = DynamoDBDocumentClient.from(
    new DynamoDBClient({ ...clientConfig(target, 'dynamodb'), ...CLEANUP_RETRIES }),
  );
  const cognito = new CognitoIdentityProviderClient({
    ...clientConfig(target, 'cognito'),
    ...CLEANUP_RETRIES,
  });
  try {
    for (const user of users.users) {
      await removeItems(dynamodb, target.tableName, user.sub, backoff);
      await cognito
        .send(
          new AdminDeleteUserCommand({ UserPoolId: target.userPoolId, Username: user.username }),
        )
        .catch((error: unknown) => {
          if (!(error instanceof UserNotFoundException)) throw error;
        });
    }
  } catch (error) {
    if (error instanceof CleanupError) throw error;
    throw new CleanupError(`${(error as Error).name}: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    dynamodb.destroy();
    cognito.destroy();
  }
}

async function removeItems(
  client: DynamoDBDocumentClient,
  table: string,
  sub: string,
  backoff: Backoff,
) {
  const { partitionKey, sortKey, activityIndex } = TABLE_KEYS;
  const chats = paginateQuery(
    { client },
    {
      TableName: table,
      IndexName: activityIndex.name,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': activityIndex.partitionKey },
      ExpressionAttributeValues: { ':pk': userPartition(sub) },
      ProjectionExpression: partitionKey,
    },
  );
  for await (const page of chats) {
    for (const chat of page.Items ?? []) {
      const items = paginateQuery(
        { client },
        {
          TableName: table,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': partitionKey, '#sk': sortKey },
          ExpressionAttributeValues: { ':pk': chat[partitionKey] },
          ProjectionExpression: '#pk, #sk',
        },
      );
      for await (const itemPage of items) {
        const keys = itemPage.Items ?? [];
        for (let i = 0; i < keys.length; i += BATCH) {
          await deleteBatch(client, table, keys.slice(i, i + BATCH), backoff);
        }
      }
    }
  }
}

/** The part of the client `deleteBatch` uses. */
export interface BatchWriter {
  send(command: BatchWriteCommand): Promise<{ UnprocessedItems?: Record<string, unknown[]> }>;
}

/**
 * Deletes up to 25 items with BatchWriteItem, sending the unprocessed ones
 * again after a backoff (`baseMs`, doubling, at most `capMs`) until none is
 * left; throws `CleanupError` once the next wait would pass `budgetMs`.
 */
export async function deleteBatch(
  client: BatchWriter,
  table: string,
  keys: Array<Record<string, unknown>>,
  backoff: Backoff,
): Promise<void> {
  let pending: unknown[] = keys.map((key) => ({ DeleteRequest: { Key: key } }));
  let waited = 0;
  for (let round = 0; ; round++) {
    const result = await client.send(
      new BatchWriteCommand({
        RequestItems: {
          [table]: pending as Array<{ DeleteRequest: { Key: Record<string, unknown> } }>,
        },
      }),
    );
    pending = result.UnprocessedItems?.[table] ?? [];
    if (pending.length === 0) return;
    const wait = Math.min(backoff.capMs, backoff.baseMs * 2 ** round);
    if (waited + wait > backoff.budgetMs) {
      throw new CleanupError(
        `${pending.length} of ${keys.length} deletes still unprocessed after ${round + 1} rounds and ${waited} ms of backoff`,
      );
    }
    await backoff.sleep(wait);
    waited += wait;
  }
}
