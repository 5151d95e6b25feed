/**
 * Per-request measurements: time spent per dependency, DynamoDB units consumed
 * (the table's and each index's apart, from `ReturnConsumedCapacity:
 * INDEXES`) and SDK retries. They feed the structured log line and, in test
 * stages, the telemetry headers.
 */
import {
  type DynamoDbUsage,
  formatDynamoDbUsage,
  formatServerTiming,
  TELEMETRY_HEADERS,
  type TimingName,
} from '#contracts';

export type Dependency = 'ssm' | 'ddb' | 'ai';

interface Capacity {
  CapacityUnits?: number;
  GlobalSecondaryIndexes?: Record<string, { CapacityUnits?: number }>;
  LocalSecondaryIndexes?: Record<string, { CapacityUnits?: number }>;
}

interface DynamoDbOutput {
  ConsumedCapacity?: Capacity | Capacity[];
  $metadata?: { attempts?: number };
}

interface Units {
  rcu: number;
  wcu: number;
}

/** The log line's DynamoDB part: totals, and the units of the table and of each index apart. */
export interface DynamoDbLog {
  rcu: number;
  wcu: number;
  retries: number;
  table: Units;
  indexes: Record<string, Units>;
}

export class RequestMeter {
  readonly #started = performance.now();
  readonly #timings: Record<Dependency, number> = { ssm: 0, ddb: 0, ai: 0 };
  readonly #dynamodb: Required<DynamoDbUsage> = {
    rcu: 0,
    wcu: 0,
    idxRcu: 0,
    idxWcu: 0,
    retries: 0,
  };
  readonly #indexes = new Map<string, Units>();

  /** Runs `work`, adding its wall time to `dependency` whether it succeeds or throws. */
  async time<T>(dependency: Dependency, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.#timings[dependency] += performance.now() - start;
    }
  }

  /** Records consumed capacity and retries of a DynamoDB response, or of an error carrying `$metadata`. */
  recordDynamoDb(kind: 'read' | 'write', outcome: unknown): void {
    if (typeof outcome !== 'object' || outcome === null) return;
    const output = outcome as DynamoDbOutput;
    const capacity = output.ConsumedCapacity;
    const unit = kind === 'read' ? 'rcu' : 'wcu';
    for (const entry of Array.isArray(capacity) ? capacity : capacity ? [capacity] : []) {
      this.#dynamodb[unit] += entry.CapacityUnits ?? 0;
      const indexes = { ...entry.GlobalSecondaryIndexes, ...entry.LocalSecondaryIndexes };
      for (const [name, used] of Object.entries(indexes)) {
        const units = used.CapacityUnits ?? 0;
        this.#dynamodb[kind === 'read' ? 'idxRcu' : 'idxWcu'] += units;
        const totals = this.#indexes.get(name) ?? { rcu: 0, wcu: 0 };
        totals[unit] += units;
        this.#indexes.set(name, totals);
      }
    }
    this.#dynamodb.retries += Math.max(0, (output.$metadata?.attempts ?? 1) - 1);
  }

  /** Totals (`rcu`, `wcu`), their index part (`idxRcu`, `idxWcu`) and SDK retries. */
  get dynamoDb(): Readonly<Required<DynamoDbUsage>> {
    return this.#dynamodb;
  }

  /** For the log line: totals, and table and index units apart. */
  dynamoDbLog(): DynamoDbLog {
    const { rcu, wcu, idxRcu, idxWcu, retries } = this.#dynamodb;
    return {
      rcu,
      wcu,
      retries,
      table: { rcu: rcu - idxRcu, wcu: wcu - idxWcu },
      indexes: Object.fromEntries([...this.#indexes].map(([name, units]) => [name, { ...units }])),
    };
  }

  /** Dependency and total timings so far, in milliseconds. */
  timings(): Record<Dependency | 'app', number> {
    return { ...this.#timings, app: performance.now() - this.#started };
  }

  headers(environmentId: string, initDurationMs: number | undefined): Record<string, string> {
    const timings: Partial<Record<TimingName, number>> = this.timings();
    if (initDurationMs !== undefined) timings.init = initDurationMs;
    return {
      [TELEMETRY_HEADERS.serverTiming]: formatServerTiming(timings),
      [TELEMETRY_HEADERS.coldStart]: initDurationMs === undefined ? '0' : '1',
      [TELEMETRY_HEADERS.environment]: environmentId,
      [TELEMETRY_HEADERS.dynamodb]: formatDynamoDbUsage(this.#dynamodb),
    };
  }
}
