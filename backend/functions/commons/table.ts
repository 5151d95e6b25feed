/**
 * The one table's key schema, shared by the CDK stack, the local stage and the
 * tests so that every copy of the table is the same shape.
 *
 * Items (all keys derive from the caller's `sub`; see keys.ts):
 * | item          | pk                     | sk                   | gsi1pk     | gsi1sk                  |
 * | chat summary  | `U#<sub>#C#<chatId>`   | `CHAT`               | `U#<sub>`  | `<updatedAt>#<chatId>`  |
 * | user message  | `U#<sub>#C#<chatId>`   | `MSG#<messageId>`    |            |                         |
 * | reply         | `U#<sub>#C#<chatId>`   | `MSG#<messageId>#A`  |            |                         |
 *
 * `CHAT` sorts before `MSG#…`, so one ascending Query of a chat's partition
 * yields the summary and then its messages oldest first; a reply sorts right
 * after the message it answers. The sparse GSI lists a user's chats by recent
 * activity.
 */
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

export const TABLE_KEYS = {
  partitionKey: 'pk',
  sortKey: 'sk',
  activityIndex: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
} as const;

/** CreateTable input (without TableName and billing), for dynalite and local tables. */
export const TABLE_DEFINITION: Required<
  Pick<CreateTableCommandInput, 'AttributeDefinitions' | 'KeySchema' | 'GlobalSecondaryIndexes'>
> = {
  AttributeDefinitions: [
    { AttributeName: TABLE_KEYS.partitionKey, AttributeType: 'S' },
    { AttributeName: TABLE_KEYS.sortKey, AttributeType: 'S' },
    { AttributeName: TABLE_KEYS.activityIndex.partitionKey, AttributeType: 'S' },
    { AttributeName: TABLE_KEYS.activityIndex.sortKey, AttributeType: 'S' },
  ],
  KeySchema: [
    { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
    { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
  ],
  GlobalSecondaryIndexes: [
    {
      IndexName: TABLE_KEYS.activityIndex.name,
      KeySchema: [
        { AttributeName: TABLE_KEYS.activityIndex.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.activityIndex.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    },
  ],
};
