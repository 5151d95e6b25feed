/**
 * Per-request measurements: time spent per dependency, DynamoDB units consumed
 * and SDK retries. They feed the structured log line and, in test stages, the
 * telemetry headers.
 */
import {
  type DynamoDbUsage,
  formatDynamoDbUsage,
  formatServerTiming,
  TELEMETRY_HEADERS,
  type TimingName,
} from '#contracts';

export type Dependency = 'ssm' | 'ddb' | 'ai';

interface DynamoDbOutput {
  ConsumedCapacity?: { CapacityUnits?: number } | Array<{ CapacityUnits?: number }>;
  $metadata?: { attempts?: number };
}

export class RequestMeter {
  readonly #started = performance.now();
  readonly #timings: Record<Dependency, number> = { ssm: 0, ddb: 0, ai: 0 };
  readonly #dynamodb: DynamoDbUsage = { rcu: 0, wcu: 0, retries: 0 };

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
    const units = (Array.isArray(capacity) ? capacity : capacity ? [capacity] : []).reduce(
      (sum, entry) => sum + (entry.CapacityUnits ?? 0),
      0,
    );
    if (kind === 'read') this.#dynamodb.rcu += units;
    else this.#dynamodb.wcu += units;
    this.#dynamodb.retries += Math.max(0, (output.$metadata?.attempts ?? 1) - 1);
  }

  get dynamoDb(): Readonly<DynamoDbUsage> {
    return this.#dynamodb;
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
