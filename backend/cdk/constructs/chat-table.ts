import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import type { StageConfig } from '#stages';
import { TABLE_DEFINITION, TABLE_KEYS } from '../../functions/commons/table.ts';
import { acknowledge, NAG_REASONS } from '../nag.ts';

export interface ChatTableProps {
  stage: StageConfig;
}

type KeySchema = typeof TABLE_DEFINITION.KeySchema;
type Key = { name: string; type: AttributeType };

/**
 * The one chat table, built from the key schema the functions use
 * (`TABLE_KEYS`/`TABLE_DEFINITION`), so the deployed table and the local one
 * cannot drift apart. No physical name: several stacks share an account.
 */
export class ChatTable extends Construct {
  readonly table: Table;
  /** The ARN of the activity index (get_chats queries it). */
  readonly activityIndexArn: string;

  constructor(scope: Construct, id: string, { stage }: ChatTableProps) {
    super(scope, id);
    const { billing } = stage.table;
    const provisioned = billing.mode === 'provisioned';

    const keys = keySchema(TABLE_DEFINITION.KeySchema, 'table');
    this.table = new Table(this, 'table', {
      partitionKey: keys.partitionKey,
      ...(keys.sortKey ? { sortKey: keys.sortKey } : {}),
      billingMode: provisioned ? BillingMode.PROVISIONED : BillingMode.PAY_PER_REQUEST,
      ...(provisioned
        ? { readCapacity: billing.readUnits, writeCapacity: billing.writeUnits }
        : {}),
      pointInTimeRecoverySpecification: {
        pointInTimeRecoveryEnabled: stage.table.pointInTimeRecovery,
      },
      deletionProtection: stage.removal === 'retain',
      removalPolicy: stage.removal === 'retain' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    if (!stage.table.pointInTimeRecovery) acknowledge(this.table, NAG_REASONS.pointInTimeRecovery);

    for (const index of TABLE_DEFINITION.GlobalSecondaryIndexes) {
      const name = index.IndexName ?? '';
      const indexKeys = keySchema(index.KeySchema, `index ${name}`);
      this.table.addGlobalSecondaryIndex({
        indexName: name,
        partitionKey: indexKeys.partitionKey,
        ...(indexKeys.sortKey ? { sortKey: indexKeys.sortKey } : {}),
        projectionType: projection(index.Projection?.ProjectionType),
        ...(provisioned
          ? { readCapacity: billing.indexReadUnits, writeCapacity: billing.indexWriteUnits }
          : {}),
      });
    }
    this.activityIndexArn = `${this.table.tableArn}/index/${TABLE_KEYS.activityIndex.name}`;
  }
}

function keySchema(
  schema: KeySchema | undefined,
  owner: string,
): { partitionKey: Key; sortKey?: Key } {
  const hash = schema?.find((key) => key.KeyType === 'HASH')?.AttributeName;
  const range = schema?.find((key) => key.KeyType === 'RANGE')?.AttributeName;
  if (hash === undefined) throw new Error(`TABLE_DEFINITION: the ${owner} has no HASH key`);
  return {
    partitionKey: attribute(hash),
    ...(range === undefined ? {} : { sortKey: attribute(range) }),
  };
}

/** A key attribute with the type `TABLE_DEFINITION` declares for it. */
function attribute(name: string): Key {
  const type = TABLE_DEFINITION.AttributeDefinitions.find(
    (definition) => definition.AttributeName === name,
  )?.AttributeType;
  switch (type) {
    case 'S':
      return { name, type: AttributeType.STRING };
    case 'N':
      return { name, type: AttributeType.NUMBER };
    case 'B':
      return { name, type: AttributeType.BINARY };
    default:
      throw new Error(`TABLE_DEFINITION declares no type for the key attribute "${name}"`);
  }
}

function projection(type: string | undefined): ProjectionType {
  switch (type) {
    case 'ALL':
      return ProjectionType.ALL;
    case 'KEYS_ONLY':
      return ProjectionType.KEYS_ONLY;
    default:
      throw new Error(`TABLE_DEFINITION: unsupported index projection "${type}"`);
  }
}
