/**
 * The embedded DynamoDB-compatible server (dynalite, in memory) and the chat
 * table in the same shape as the CDK stack's, for the local stage and tests.
 */
import {
  CreateTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { TABLE_DEFINITION } from '#backend';
import { LOCAL_CREDENTIALS } from './credentials.ts';
import { closeServer, listenOnLoopback } from './loopback.ts';

export interface DynamoDbServer {
  endpoint: string;
  close(): Promise<void>;
}

/** Starts dynalite on 127.0.0.1 (port 0 picks a free one). */
export async function startDynalite(port = 0): Promise<DynamoDbServer> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const bound = await listenOnLoopback(server, port, 'dynalite');
  return { endpoint: `http://127.0.0.1:${bound}`, close: () => closeServer(server) };
}

/** Creates the chat table (on-demand) at `endpoint` unless it exists. */
export async function createChatTable(
  endpoint: string,
  tableName: string,
  region = 'us-east-1',
): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region, credentials: LOCAL_CREDENTIALS });
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        ...structuredClone(TABLE_DEFINITION),
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await waitUntilTableExists(
    { client, maxWaitTime: 10, minDelay: 1, maxDelay: 1 },
    { TableName: tableName },
  );
  client.destroy();
}
