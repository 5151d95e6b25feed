/**
 * Throttling like DynamoDB's, per table and per global secondary index.
 *
 * - Provisioned mode: a token bucket per resource and operation, refilled at
 *   the provisioned units a second and holding up to `burstSeconds` of unused
 *   units (AWS retains up to 300 s, best effort:
 *   https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/burst-adaptive-capacity.html).
 *   Buckets start full, as for a table that sat idle before the run.
 * - On-demand mode: a ceiling of double the previous peak a second, where a
 *   new table's previous peak is 2,000 write and 6,000 read units (so 4,000
 *   and 12,000 at once) and a new peak only raises the ceiling 30 minutes
 *   later (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html),
 *   capped by the per-table quota of 40,000 units
 *   (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html).
 * - Both modes: each resource spreads its key space over `partitions`
 *   partitions; a partition serves at most 1,000 write or 3,000 read units a
 *   second, or a linear combination
 *   (https://repost.aws/knowledge-center/on-demand-table-throttling-dynamodb).
 *
 * A request passes while the buckets it needs hold any units; what it then
 * consumes is taken afterwards, so a large item can leave a bucket in debt
 * that later requests wait out. Throttled requests answer with the throttling
 * reasons AWS defines (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html).
 */
import type { AttributeValue } from './item-size.ts';

export type Clock = () => number;

export interface ThrottleSettings {
  /** Seconds of unused provisioned units a bucket keeps, 0–300. */
  burstSeconds: number;
  /** Partitions each table and index spreads its keys over. */
  partitions: number;
}

export interface Throughput {
  read: number;
  write: number;
}

/** A table's capacity mode, with its indexes' units in provisioned mode. */
export type TableCapacity =
  | { mode: 'on-demand' }
  | { mode: 'provisioned'; table: Throughput; indexes: Record<string, Throughput> };

export type Operation = 'Read' | 'Write';

export interface Throttled {
  exception: 'ProvisionedThroughputExceededException' | 'ThrottlingException';
  reason: string;
  /** The ARN of the table or index. */
  resource: string;
  message: string;
}

/** Per partition a second (https://repost.aws/knowledge-center/on-demand-table-throttling-dynamodb). */
const PARTITION_WRITE_UNITS = 1_000;
const PARTITION_READ_UNITS = 3_000;
/** A new on-demand table's previous peak, half of what it serves at once. */
const ON_DEMAND_INITIAL_PEAK: Throughput = { read: 6_000, write: 2_000 };
/** Per-table quota, both modes (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html). */
const TABLE_QUOTA_UNITS = 40_000;
/** How long a new peak takes to become the previous peak. */
const PEAK_SETTLE_MS = 30 * 60 * 1_000;

const MESSAGES = {
  provisionedTable:
    'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.',
  provisionedIndex:
    'The level of configured provisioned throughput for one or more global secondary indexes of the table was exceeded. Consider increasing your provisioning level for the under-provisioned global secondary indexes with the UpdateTable API.',
  keyRange:
    'Throughput exceeds the current capacity of your table or index. DynamoDB is automatically scaling your table or index so please try again shortly. If exceptions persist, check if you have a hot key: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html',
  account: 'Throughput exceeds the current throughput quota for your account.',
};

/** A token bucket of capacity units; `now` in milliseconds. */
export class UnitBucket {
  #rate: number;
  #capacity: number;
  #tokens: number;
  #at: number;

  constructor(rate: number, capacity: number, now: number) {
    this.#rate = rate;
    this.#capacity = capacity;
    this.#tokens = capacity;
    this.#at = now;
  }

  /** Whether any units are left (a bucket in debt has none). */
  available(now: number): boolean {
    this.#refill(now);
    return this.#tokens > 1e-9;
  }

  take(units: number, now: number): void {
    this.#refill(now);
    this.#tokens -= units;
  }

  /** A larger bucket gains the added room at once (a raised ceiling serves at once). */
  resize(rate: number, capacity: number, now: number): void {
    this.#refill(now);
    this.#tokens = Math.min(this.#tokens + Math.max(0, capacity - this.#capacity), capacity);
    this.#rate = rate;
    this.#capacity = capacity;
  }

  get tokens(): number {
    return this.#tokens;
  }

  #refill(now: number): void {
    const elapsed = Math.max(0, now - this.#at);
    this.#tokens = Math.min(this.#capacity, this.#tokens + (elapsed / 1_000) * this.#rate);
    this.#at = now;
  }
}

/**
 * The "previous peak" of one operation on an on-demand resource: units
 * consumed per whole second, with a peak counting only once it is
 * `PEAK_SETTLE_MS` old.
 */
class PeakTracker {
  readonly #initial: number;
  #settled: number;
  #second = Number.NaN;
  #consumed = 0;
  readonly #recent: Array<{ at: number; units: number }> = [];

  constructor(initial: number) {
    this.#initial = initial;
    this.#settled = initial;
  }

  record(units: number, now: number): void {
    const second = Math.floor(now / 1_000);
    if (second !== this.#second) {
      if (this.#consumed > 0)
        this.#recent.push({ at: this.#second * 1_000, units: this.#consumed });
      this.#second = second;
      this.#consumed = 0;
    }
    this.#consumed += units;
  }

  /** Units a second the resource serves now: double the previous peak, within the quota. */
  ceiling(now: number): number {
    while (this.#recent.length > 0 && (this.#recent[0]?.at ?? now) <= now - PEAK_SETTLE_MS) {
      const oldest = this.#recent.shift();
      if (oldest) this.#settled = Math.max(this.#settled, oldest.units);
    }
    return Math.min(2 * Math.max(this.#initial, this.#settled), TABLE_QUOTA_UNITS);
  }
}

interface Resource {
  kind: 'Table' | 'Index';
  arn: string;
  provisioned?: Record<Operation, UnitBucket>;
  onDemand?: Record<Operation, { peak: PeakTracker; bucket: UnitBucket }>;
  /** In write units; a read unit counts a third. */
  partitions: UnitBucket[];
}

/** The throughput state of one table and its indexes. */
export class TableThrottle {
  readonly #now: Clock;
  readonly #settings: ThrottleSettings;
  readonly #resources = new Map<string, Resource>();

  /** `indexes`: the table's global secondary index names. */
  constructor(options: {
    arn: string;
    capacity: TableCapacity;
    indexes: string[];
    settings: ThrottleSettings;
    now: Clock;
  }) {
    this.#now = options.now;
    this.#settings = options.settings;
    const now = this.#now();
    this.#resources.set('', this.#resource('Table', options.arn, options.capacity, undefined, now));
    for (const index of options.indexes) {
      this.#resources.set(
        index,
        this.#resource('Index', `${options.arn}/index/${index}`, options.capacity, index, now),
      );
    }
  }

  /**
   * Whether a request may use `operation` on the table (`index` undefined) or
   * an index, for a key in the partition of `partitionKey` (undefined: any).
   */
  check(
    index: string | undefined,
    operation: Operation,
    partitionKey: AttributeValue | undefined,
  ): Throttled | undefined {
    const resource = this.#resources.get(index ?? '');
    if (!resource) return undefined;
    const now = this.#now();
    const throttled = (limit: string, message: string, exception?: Throttled['exception']) => ({
      exception: exception ?? 'ProvisionedThroughputExceededException',
      reason: `${resource.kind}${operation}${limit}`,
      resource: resource.arn,
      message,
    });
    if (resource.provisioned && !resource.provisioned[operation].available(now)) {
      return throttled(
        'ProvisionedThroughputExceeded',
        resource.kind === 'Table' ? MESSAGES.provisionedTable : MESSAGES.provisionedIndex,
      );
    }
    const onDemand = resource.onDemand?.[operation];
    if (onDemand) {
      const ceiling = onDemand.peak.ceiling(now);
      onDemand.bucket.resize(ceiling, ceiling, now);
      if (!onDemand.bucket.available(now)) {
        return ceiling >= TABLE_QUOTA_UNITS
          ? throttled('AccountLimitExceeded', MESSAGES.account, 'ThrottlingException')
          : throttled('KeyRangeThroughputExceeded', MESSAGES.keyRange);
      }
    }
    const partition =
      partitionKey === undefined ? undefined : resource.partitions[this.partitionOf(partitionKey)];
    if (partition && !partition.available(now)) {
      return throttled('KeyRangeThroughputExceeded', MESSAGES.keyRange);
    }
    return undefined;
  }

  /** Takes what a request consumed; `partitionKey` undefined spreads it over every partition. */
  charge(
    index: string | undefined,
    operation: Operation,
    units: number,
    partitionKey: AttributeValue | undefined,
  ): void {
    const resource = this.#resources.get(index ?? '');
    if (!resource || units <= 0) return;
    const now = this.#now();
    resource.provisioned?.[operation].take(units, now);
    const onDemand = resource.onDemand?.[operation];
    if (onDemand) {
      onDemand.peak.record(units, now);
      onDemand.bucket.take(units, now);
    }
    const writeUnits =
      operation === 'Write' ? units : (units * PARTITION_WRITE_UNITS) / PARTITION_READ_UNITS;
    if (partitionKey === undefined) {
      for (const partition of resource.partitions)
        partition.take(writeUnits / resource.partitions.length, now);
    } else {
      resource.partitions[this.partitionOf(partitionKey)]?.take(writeUnits, now);
    }
  }

  /** Which partition a partition key value hashes to (FNV-1a of its wire form). */
  partitionOf(value: AttributeValue): number {
    const text = JSON.stringify(value);
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash % this.#settings.partitions;
  }

  #resource(
    kind: Resource['kind'],
    arn: string,
    capacity: TableCapacity,
    index: string | undefined,
    now: number,
  ): Resource {
    const partitions = Array.from(
      { length: this.#settings.partitions },
      () => new UnitBucket(PARTITION_WRITE_UNITS, PARTITION_WRITE_UNITS, now),
    );
    if (capacity.mode === 'on-demand') {
      const tracked = (initial: number) => ({
        peak: new PeakTracker(initial),
        bucket: new UnitBucket(2 * initial, 2 * initial, now),
      });
      return {
        kind,
        arn,
        partitions,
        onDemand: {
          Read: tracked(ON_DEMAND_INITIAL_PEAK.read),
          Write: tracked(ON_DEMAND_INITIAL_PEAK.write),
        },
      };
    }
    const units = index === undefined ? capacity.table : capacity.indexes[index];
    const burst = Math.max(1, this.#settings.burstSeconds);
    const bucket = (rate: number) => new UnitBucket(rate, rate * burst, now);
    return {
      kind,
      arn,
      partitions,
      provisioned: { Read: bucket(units?.read ?? 0), Write: bucket(units?.write ?? 0) },
    };
  }
}
