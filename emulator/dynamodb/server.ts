/**
 * The embedded DynamoDB: dynalite (in memory) as the storage engine, behind
 * the capacity layer that counts and throttles like AWS; and the chat table
 * in the same shape and capacity mode as the CDK stack's.
 */
import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DynamoDBClient,
  ResourceInUseException,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { TABLE_DEFINITION } from '#backend';
import type { TableBilling } from '#stages';
import { LOCAL_CREDENTIALS } from '../credentials.ts';
import { closeServer, listenOnLoopback } from '../loopback.ts';
import { type CapacityLayer, type CapacityLayerOptions, startCapacityLayer } from './layer.ts';
import type { ThrottleSettings } from './throttle.ts';

export interface DynamoDbOptions {
  /** The port clients use; 0 (the default) picks a free one. */
  port?: number;
  /** Throttle like AWS with these settings; `false` (the default) never throttles. */
  throttling?: ThrottleSettings | false;
  /** Delay before a write shows in global secondary indexes; 0 (the default): at once. */
  indexPropagationMs?: number;
  region?: string;
  /** Told of every unit consumed and every throttle event (the emulator's CloudWatch metrics). */
  onActivity?: CapacityLayerOptions['onActivity'];
}

/** A running DynamoDB: its endpoint, its per-table metrics, and how to stop it. */
export type DynamoDbServer = CapacityLayer;

/** Starts the embedded DynamoDB on 127.0.0.1. */
export async function startDynamoDb(options: DynamoDbOptions = {}): Promise<DynamoDbServer> {
  const delay = options.indexPropagationMs ?? 0;
  const engine = await startEngine();
  const replica = delay > 0 ? await startEngine().catch(cleanUp(engine)) : undefined;
  const layer = await startCapacityLayer({
    engine: engine.endpoint,
    ...(replica ? { replica: replica.endpoint } : {}),
    indexPropagationMs: delay,
    throttling: options.throttling ?? false,
    port: options.port ?? 0,
    region: options.region ?? 'us-east-1',
    ...(options.onActivity ? { onActivity: options.onActivity } : {}),
  }).catch(cleanUp(engine, replica));
  return {
    endpoint: layer.endpoint,
    metrics: () => layer.metrics(),
    resetMetrics: () => layer.resetMetrics(),
    indexSettled: () => layer.indexSettled(),
    async close() {
      await layer.close();
      await replica?.close();
      await engine.close();
    },
  };
}

interface EngineServer {
  endpoint: string;
  close(): Promise<void>;
}

async function startEngine(): Promise<EngineServer> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const port = await listenOnLoopback(server, 0, 'dynalite');
  return { endpoint: `http://127.0.0.1:${port}`, close: () => closeServer(server) };
}

function cleanUp(...servers: Array<EngineServer | undefined>) {
  return async (error: unknown): Promise<never> => {
    for (const server of servers) await server?.close().catch(() => undefined);
    throw error;
  };
}

/** CreateTable input of the chat table with a stage's capacity mode (default on-demand). */
export function chatTableInput(
  tableName: string,
  billing: TableBilling = { mode: 'on-demand' },
): CreateTableCommandInput {
  const definition = structuredClone(TABLE_DEFINITION);
  if (billing.mode === 'on-demand') {
    return { TableName: tableName, BillingMode: 'PAY_PER_REQUEST', ...definition };
  }
  return {
    TableName: tableName,
    BillingMode: 'PROVISIONED',
    ...definition,
    ProvisionedThroughput: {
      ReadCapacityUnits: billing.readUnits,
      WriteCapacityUnits: billing.writeUnits,
    },
    GlobalSecondaryIndexes: definition.GlobalSecondaryIndexes.map((index) => ({
      ...index,
      ProvisionedThroughput: {
        ReadCapacityUnits: billing.indexReadUnits,
        WriteCapacityUnits: billing.indexWriteUnits,
      },
    })),
  };
}

/** Creates the chat table at `endpoint` unless it exists. */
export async function createChatTable(
  endpoint: string,
  tableName: string,
  options: { region?: string; billing?: TableBilling } = {},
): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: options.region ?? 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
  try {
    await client.send(new CreateTableCommand(chatTableInput(tableName, options.billing)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await waitUntilTableExists(
    { client, maxWaitTime: 10, minDelay: 1, maxDelay: 1 },
    { TableName: tableName },
  );
  client.destroy();
}
