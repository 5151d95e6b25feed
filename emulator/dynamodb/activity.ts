/**
 * What a DynamoDB request consumed and whether it was throttled, as the
 * table's CloudWatch metrics count it
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/metrics-dimensions.html).
 */
export interface DynamoDbActivity {
  tableName: string;
  /** `Query`, `PutItem`, …; `ThrottledRequests` is published per operation. */
  operation?: string;
  /** Units of the table itself (the `TableName` dimension). */
  readUnits: number;
  writeUnits: number;
  /** Units of each global secondary index, when known (ConsumedCapacity's `GlobalSecondaryIndexes`). */
  indexes?: Record<string, { readUnits: number; writeUnits: number }>;
  /** Throttle events of the request, when it met any. */
  throttled?: {
    /** The request as a whole failed (`ThrottledRequests`). */
    request: boolean;
    table: { readEvents: number; writeEvents: number };
    indexes?: Record<string, { readEvents: number; writeEvents: number }>;
  };
}
