/**
 * The emulator's DynamoDB: dynalite behind a layer that counts capacity and
 * throttles like AWS (see README.md in the emulator folder), or AWS's own
 * DynamoDB Local when asked for.
 */
export type { IndexSchema, TableSchema, WriteCost } from './capacity.ts';
export { readUnits, writeCost, writeUnits } from './capacity.ts';
export { type AttributeValue, type Item, itemSize } from './item-size.ts';
export type { TableMetrics } from './layer.ts';
export {
  DYNAMODB_LOCAL_INSTALL,
  DynamoDbLocalUnavailableError,
  locateDynamoDbLocal,
  startDynamoDbLocal,
} from './local-jar.ts';
export {
  chatTableInput,
  createChatTable,
  type DynamoDbOptions,
  type DynamoDbServer,
  startDynamoDb,
} from './server.ts';
export type { TableCapacity, ThrottleSettings } from './throttle.ts';
