/**
 * What the emulator's hops record, under the namespaces, names, dimensions
 * and units AWS publishes them with:
 *
 * - the gateway: `AWS/ApiGateway` `Count`, `4xx`, `5xx`, `Latency`,
 *   `IntegrationLatency` per `ApiId`, per `ApiId`+`Stage`, and per route
 *   (`ApiId`, `Method`, `Resource`, `Stage`, as an HTTP API with detailed
 *   metrics enabled publishes them;
 *   https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-metrics.html).
 *   `4xx`/`5xx` are 0 or 1 per request, so their Average is the error rate.
 * - the Lambda pools: `AWS/Lambda` `Invocations`, `Errors`, `Throttles`,
 *   `Duration`, `ConcurrentExecutions` per `FunctionName` and across all
 *   functions (https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html).
 *   A throttled request is not an invocation; `Errors` counts function
 *   errors (thrown, timed out, crashed, failed INIT), not error responses;
 *   `ConcurrentExecutions` is the number of invocations in flight, recorded
 *   as each starts (its Maximum is the peak).
 * - DynamoDB: `AWS/DynamoDB` through `DynamoDbMetricsRecorder`.
 */
import type { FunctionName } from '#contracts';
import type { DynamoDbActivity } from '../dynamodb/activity.ts';
import type { GatewayAnswer } from '../gateway/gateway.ts';
import type { Invocation } from '../lambda/index.ts';
import type { Dimensions, MetricStore, MetricUnit } from './metric-store.ts';

/** The one call through which the emulator's DynamoDB reports each request. */
export interface DynamoDbMetricsRecorder {
  recordDynamoDbActivity(activity: DynamoDbActivity): void;
}

export class StageMetricsRecorder implements DynamoDbMetricsRecorder {
  readonly #store: MetricStore;
  readonly #api: Dimensions;
  readonly #stage: Dimensions;

  constructor(store: MetricStore, api: { apiId: string; stage: string }) {
    this.#store = store;
    this.#api = { ApiId: api.apiId };
    this.#stage = { ApiId: api.apiId, Stage: api.stage };
  }

  recordApiResponse(record: GatewayAnswer): void {
    const sets = [this.#api, this.#stage];
    if (record.routeKey !== null) {
      const [method = '', resource = ''] = record.routeKey.split(' ');
      sets.push({ ...this.#stage, Method: method, Resource: resource });
    }
    const put = (name: string, value: number, unit: MetricUnit) =>
      this.#store.put('AWS/ApiGateway', name, sets, value, unit, record.receivedAt);
    put('Count', 1, 'Count');
    put('4xx', record.status >= 400 && record.status < 500 ? 1 : 0, 'Count');
    put('5xx', record.status >= 500 ? 1 : 0, 'Count');
    put('Latency', record.latencyMs, 'Milliseconds');
    if (record.integrationLatencyMs !== undefined) {
      put('IntegrationLatency', record.integrationLatencyMs, 'Milliseconds');
    }
  }

  /**
   * Wraps an invoke so each one is recorded as Lambda records it. `busy`
   * tells how many invocations each function runs now; it is read right
   * after the invoke starts, when a throttled one has already been refused.
   */
  instrument<E>(
    invoke: (functionName: FunctionName, event: E) => Promise<Invocation>,
    busy: () => Record<FunctionName, number>,
  ): (functionName: FunctionName, event: E) => Promise<Invocation> {
    return async (functionName, event) => {
      // Lambda's metrics count an invocation when it starts.
      const startedAt = Date.now();
      const sets: Dimensions[] = [{}, { FunctionName: functionName }];
      const put = (name: string, value: number, unit: MetricUnit) =>
        this.#store.put('AWS/Lambda', name, sets, value, unit, startedAt);
      const pending = invoke(functionName, event);
      const running = busy();
      const outcome = await pending;
      if (outcome.kind === 'throttled') {
        put('Throttles', 1, 'Count');
        return outcome;
      }
      const total = Object.values<number>(running).reduce((sum, count) => sum + count, 0);
      const concurrency = (dimensions: Dimensions, value: number) =>
        this.#store.put(
          'AWS/Lambda',
          'ConcurrentExecutions',
          [dimensions],
          value,
          'Count',
          startedAt,
        );
      concurrency({}, total);
      concurrency({ FunctionName: functionName }, running[functionName]);
      put('Invocations', 1, 'Count');
      put('Errors', outcome.kind === 'error' ? 1 : 0, 'Count');
      put('Throttles', 0, 'Count');
      if (outcome.kind === 'result') put('Duration', outcome.durationMs, 'Milliseconds');
      return outcome;
    };
  }

  recordDynamoDbActivity(activity: DynamoDbActivity): void {
    const table = { TableName: activity.tableName };
    const put = (name: string, dimensions: Dimensions, value: number) =>
      this.#store.put('AWS/DynamoDB', name, [dimensions], value, 'Count');
    put('ConsumedReadCapacityUnits', table, activity.readUnits);
    put('ConsumedWriteCapacityUnits', table, activity.writeUnits);
    for (const [index, units] of Object.entries(activity.indexes ?? {})) {
      const dimensions = { ...table, GlobalSecondaryIndexName: index };
      put('ConsumedReadCapacityUnits', dimensions, units.readUnits);
      put('ConsumedWriteCapacityUnits', dimensions, units.writeUnits);
    }
    const { throttled } = activity;
    if (!throttled) return;
    if (throttled.request && activity.operation) {
      put('ThrottledRequests', { ...table, Operation: activity.operation }, 1);
    }
    put('ReadThrottleEvents', table, throttled.table.readEvents);
    put('WriteThrottleEvents', table, throttled.table.writeEvents);
    for (const [index, events] of Object.entries(throttled.indexes ?? {})) {
      const dimensions = { ...table, GlobalSecondaryIndexName: index };
      put('ReadThrottleEvents', dimensions, events.readEvents);
      put('WriteThrottleEvents', dimensions, events.writeEvents);
    }
  }
}
