/**
 * The JSON Schema of the stage metrics document, built from the same
 * constants as its TypeScript type, so the two cannot drift:
 * `targets/stage-metrics.schema.json` is this function's output (a unit
 * test compares them; `npx tsx targets/stage-metrics-schema.ts` rewrites
 * the file).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FUNCTION_NAMES } from '#contracts';
import { STAGE_NAMES } from '#stages';
import {
  API_METRICS,
  DYNAMODB_METRICS,
  DYNAMODB_OPERATIONS,
  LAMBDA_METRICS,
  type MetricStatistic,
  STAGE_METRICS_SCHEMA,
} from './stage-metrics-types.ts';

export const STAGE_METRICS_SCHEMA_FILE = fileURLToPath(
  new URL('./stage-metrics.schema.json', import.meta.url),
);

type Schema = Record<string, unknown>;

const object = (properties: Record<string, Schema>): Schema => ({
  type: 'object',
  required: Object.keys(properties),
  additionalProperties: false,
  properties,
});
const keyed = (keys: readonly string[], value: Schema): Schema =>
  object(Object.fromEntries(keys.map((key) => [key, value])));
const ref = (name: string): Schema => ({ $ref: `#/$defs/${name}` });
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] });
const timestamp: Schema = { type: 'string', format: 'date-time' };

function group(spec: Record<string, readonly MetricStatistic[]>): Schema {
  return object(
    Object.fromEntries(
      Object.entries(spec).map(([metric, stats]) => [metric, keyed(stats, ref('series'))]),
    ),
  );
}

export function stageMetricsJsonSchema(): Schema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:loopgauge:stage-metrics:v1',
    title: 'loopgauge stage metrics',
    description:
      "A stage's CloudWatch metrics and REPORT lines of one run window (targets/stage-metrics-types.ts).",
    ...object({
      schema: { const: STAGE_METRICS_SCHEMA },
      collectedAt: timestamp,
      window: ref('range'),
      periodSeconds: { type: 'integer', minimum: 1 },
      target: object({
        kind: { enum: ['local', 'deployed'] },
        stage: { enum: [...STAGE_NAMES] },
        region: { type: 'string' },
        apiId: nullable({ type: 'string' }),
        apiStage: { type: 'string' },
        tableName: { type: 'string' },
        indexNames: { type: 'array', items: { type: 'string' } },
        functionNames: keyed(FUNCTION_NAMES, { type: 'string' }),
        logGroups: keyed(FUNCTION_NAMES, { type: 'string' }),
      }),
      lambda: keyed(FUNCTION_NAMES, ref('lambdaMetrics')),
      api: object({
        stage: ref('apiMetrics'),
        routes: keyed(FUNCTION_NAMES, ref('apiMetrics')),
      }),
      dynamodb: object({
        table: ref('dynamodbMetrics'),
        indexes: { type: 'object', additionalProperties: ref('dynamodbMetrics') },
        throttledRequests: keyed(DYNAMODB_OPERATIONS, ref('series')),
      }),
      reports: keyed(FUNCTION_NAMES, nullable(ref('functionReports'))),
      missing: {
        type: 'array',
        items: object({ path: { type: 'string' }, reason: { type: 'string' } }),
      },
    }),
    $defs: {
      range: object({ start: timestamp, end: timestamp }),
      series: object({
        namespace: { enum: ['AWS/Lambda', 'AWS/ApiGateway', 'AWS/DynamoDB'] },
        metricName: { type: 'string' },
        dimensions: { type: 'object', additionalProperties: { type: 'string' } },
        stat: { enum: ['Sum', 'Average', 'Maximum', 'p50', 'p95', 'p99'] },
        points: { type: 'array', items: object({ t: timestamp, v: { type: 'number' } }) },
        total: { type: ['number', 'null'] },
        totalCovers: nullable(ref('range')),
      }),
      lambdaMetrics: group(LAMBDA_METRICS),
      apiMetrics: group(API_METRICS),
      dynamodbMetrics: group(DYNAMODB_METRICS),
      distribution: object(
        Object.fromEntries(
          ['count', 'min', 'mean', 'p50', 'p95', 'p99', 'max'].map((key) => [
            key,
            { type: 'number' },
          ]),
        ),
      ),
      functionReports: object({
        logGroup: { type: 'string' },
        invocations: { type: 'integer', minimum: 0 },
        coldStarts: { type: 'integer', minimum: 0 },
        initDurationsMs: { type: 'array', items: { type: 'number' } },
        durationMs: nullable(ref('distribution')),
        billedDurationMs: { type: 'number', minimum: 0 },
        memorySizeMb: { type: ['number', 'null'] },
        maxMemoryUsedMb: { type: ['number', 'null'] },
        truncated: { type: 'boolean' },
      }),
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(
    STAGE_METRICS_SCHEMA_FILE,
    `${JSON.stringify(stageMetricsJsonSchema(), null, 2)}\n`,
  );
}
