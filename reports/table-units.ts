/**
 * The throughput buckets of a provisioned table, and what one request of a
 * route takes from each. A provisioned table and its global secondary index
 * have separate read and write units: a Query on the index takes read units
 * from the index, not the table, and every table write that updates the
 * index takes write units from the index too; "for a table write to
 * succeed, the provisioned throughput settings for the table and all of its
 * global secondary indexes must have enough write capacity", else the write
 * is throttled
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html#GSI.ThroughputConsiderations).
 * So a send is refused by whichever of its two write buckets runs out
 * first.
 *
 * The runs measure each route's total units per request and, from sample
 * schema version 2 on, the index's share of them; the table's share is the
 * total less the index's. A run that does not split them (sample schema 1,
 * or a backend whose telemetry header has no `idx_*` fields) gives its
 * totals: then each bucket is charged the whole total, an upper bound of
 * its share (conservative).
 */
import type { TableBilling } from '#stages';
import type { RouteMeasures } from './report-schema.ts';

export type TablePart = 'table' | 'index';
export type UnitKind = 'read' | 'write';

type ProvisionedBilling = Extract<TableBilling, { mode: 'provisioned' }>;

export interface Bucket {
  /** The capacity model's limit id. */
  id: string;
  part: TablePart;
  kind: UnitKind;
  /** The stage key that sets the bucket's units (`table.billing.<key>`). */
  billingKey: keyof Omit<ProvisionedBilling, 'mode'>;
  label: string;
}

export const PROVISIONED_BUCKETS: readonly Bucket[] = [
  {
    id: 'dynamodb.table.read',
    part: 'table',
    kind: 'read',
    billingKey: 'readUnits',
    label: 'DynamoDB table read units (provisioned)',
  },
  {
    id: 'dynamodb.table.write',
    part: 'table',
    kind: 'write',
    billingKey: 'writeUnits',
    label: 'DynamoDB table write units (provisioned)',
  },
  {
    id: 'dynamodb.index.read',
    part: 'index',
    kind: 'read',
    billingKey: 'indexReadUnits',
    label: 'DynamoDB activity index read units (provisioned)',
  },
  {
    id: 'dynamodb.index.write',
    part: 'index',
    kind: 'write',
    billingKey: 'indexWriteUnits',
    label: 'DynamoDB activity index write units (provisioned)',
  },
];

/** Whether a route's measures split its units between table and index. */
export function isSplit(route: RouteMeasures): boolean {
  const d = route.dynamodb;
  return d.indexReadUnitsPerRequest !== null && d.indexWriteUnitsPerRequest !== null;
}

/** A route's total units per request (table and index), `null` when not measured. */
export function totalUnits(route: RouteMeasures, kind: UnitKind): number | null {
  return kind === 'read' ? route.dynamodb.readUnitsPerRequest : route.dynamodb.writeUnitsPerRequest;
}

/**
 * Units one request of `route` takes from a bucket: its measured share, or
 * its total when the run does not split them (`split: false`).
 */
export function bucketUnits(
  route: RouteMeasures,
  part: TablePart,
  kind: UnitKind,
): { value: number | null; split: boolean } {
  const total = totalUnits(route, kind);
  if (total === null) return { value: null, split: false };
  if (!isSplit(route)) return { value: total, split: false };
  const d = route.dynamodb;
  const value =
    part === 'index'
      ? kind === 'read'
        ? d.indexReadUnitsPerRequest
        : d.indexWriteUnitsPerRequest
      : kind === 'read'
        ? d.tableReadUnitsPerRequest
        : d.tableWriteUnitsPerRequest;
  return { value, split: true };
}
