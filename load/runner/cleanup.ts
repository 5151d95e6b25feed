/**
 * Removes a run's test users and everything they wrote, through the stage's
 * own APIs: each user's chats (found through the activity index) and their
 * items, then the user. A local stage the runner started needs none of it:
 * stopping it discards everything.
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

export async function removeRunData(
  target: Target,
  users: UsersFile,
  stageStoppedAfterRun: boolean,
): Promise<void> {
  if (stageStoppedAfterRun) return;
  const dynamodb = DynamoDBDocumentClient.from(
    new DynamoDBClient(clientConfig(target, 'dynamodb')),
  );
  const cognito = new CognitoIdentityProviderClient(clientConfig(target, 'cognito'));
  try {
    for (const user of users.users) {
      await removeItems(dynamodb, target.tableName, user.sub);
      await cognito
        .send(
          new AdminDeleteUserCommand({ UserPoolId: target.userPoolId, Username: user.username }),
        )
        .catch((error: unknown) => {
          if (!(error instanceof UserNotFoundException)) throw error;
        });
    }
  } finally {
    dynamodb.destroy();
    cognito.destroy();
  }
}

async function removeItems(client: DynamoDBDocumentClient, table: string, sub: string) {
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
          let pending = keys.slice(i, i + BATCH).map((key) => ({ DeleteRequest: { Key: key } }));
          while (pending.length > 0) {
            const result = await client.send(
              new BatchWriteCommand({ RequestItems: { [table]: pending } }),
            );
            pending = (result.UnprocessedItems?.[table] ?? []) as typeof pending;
          }
        }
      }
    }
  }
}
