/**
 * What the samples of a loopgauge run carry: the tags and custom metrics the
 * scenarios write into the k6 sample stream (`--out json`) and summary, and
 * that the runner and the reports read. This file is the one definition;
 * change it only together with `SAMPLE_SCHEMA_VERSION`.
 *
 * - Every request carries a `route` tag (the route key, e.g. `GET /chats`)
 *   and a `name` tag of the same value, so per-chat URLs group by route.
 * - Every send (`POST /chats/{chatId}/messages`) also carries `chat`,
 *   `message` and `user` (the user's index in the users file), so the run's
 *   sends ledger can be rebuilt from the `http_reqs` samples.
 * - Every failed request adds one `failed_requests` sample tagged with its
 *   `layer` (the hop that refused it; see `LAYERS`), `route` and `status`.
 *   A request the flow expected to fail (a smoke probe of a documented
 *   error) is not a failed request.
 * - Every backend response with telemetry headers adds the cold/warm,
 *   init, DynamoDB and dependency-time samples below. Its DynamoDB units
 *   are totals (table and indexes); the index's share comes as samples of
 *   their own when the backend reports it (`idx_rcu`/`idx_wcu`), so the
 *   table's is the total less the index's.
 *
 * Plain data, no Node built-ins: k6 scripts import it by relative path and
 * Node code through `#load`.
 */

/**
 * Bump on any change to the tags, layers or metrics below, and say here what
 * changed (readers may still take older versions):
 * - 1: the first;
 * - 2: `dynamodb_index_read_units` and `dynamodb_index_write_units`, the
 *   global secondary index's share of each response's units (in version 1
 *   the units are totals only, the table's and the index's together);
 * - 3: sends also carry `content_sha256`, so the audit can check the stored
 *   content (versions 1 and 2 leave `altered` unchecked).
 */
export const SAMPLE_SCHEMA_VERSION = 3;

/** Tag names the scenarios set (k6's own tags — `scenario`, `status`, `method`, … — come on top). */
export const SAMPLE_TAGS = {
  /** The route key of the request (`ROUTES[fn].routeKey`). */
  route: 'route',
  /** On `failed_requests`: the layer that refused the request. */
  layer: 'layer',
  /** On sends: the chat id. */
  chat: 'chat',
  /** On sends: the message id. */
  message: 'message',
  /** On sends: the user's index (0-based) in the run's users file. */
  user: 'user',
  /**
   * On sends with a JSON body: the SHA-256 (hex, of the UTF-8 bytes) of the
   * content as the backend stores it, trimmed; the audit compares it with
   * the stored message.
   */
  contentSha256: 'content_sha256',
  /** The part of a scenario a request belongs to: a burst, a latency profile, a flow. */
  step: 'step',
  /** On `failed_requests`: the HTTP status (`0` without a response), as k6 tags requests. */
  status: 'status',
} as const;

/** The `step` of requests a scenario's setup makes to create environments: not part of the measurement. */
export const WARM_UP_STEP = 'warm-up';

/**
 * The layers a failed request is classified into, in the order of the
 * request path:
 * - `network`: no HTTP response (refused, reset, timed out on the client);
 * - `gateway_throttle`: API Gateway's own 429 (account or route bucket);
 * - `authorizer`: API Gateway's own 401/403 (the JWT authorizer);
 * - `lambda_throttle`: API Gateway's 500 for an invocation Lambda rejected
 *   (reserved or account concurrency);
 * - `backend:<CODE>`: the backend's error body with that code, or for the
 *   gateway's other answers `backend:FUNCTION_ERROR` (502),
 *   `backend:INTEGRATION_TIMEOUT` (503), `backend:ROUTE_NOT_FOUND` (404),
 *   `backend:PAYLOAD_TOO_LARGE` (413), `backend:HEADERS_TOO_LARGE` (431),
 *   `backend:BAD_REQUEST` (400), and `backend:UNRECOGNIZED` for a
 *   response of no known shape, `backend:UNEXPECTED_<status>` for a
 *   success the flow did not expect (a probe of an error that passed);
 * - `store_throttle`: the backend's `STORE_THROTTLED` (DynamoDB throttled);
 * - `ai:<CODE>`: the backend's `AI_*` errors (the AI provider failed).
 */
export type Layer =
  | 'network'
  | 'gateway_throttle'
  | 'authorizer'
  | 'lambda_throttle'
  | `backend:${string}`
  | 'store_throttle'
  | `ai:${string}`;

export const FIXED_LAYERS = [
  'network',
  'gateway_throttle',
  'authorizer',
  'lambda_throttle',
  'store_throttle',
] as const;

/** Prefixes of the layers that carry an error code. */
export const LAYER_PREFIXES = ['backend:', 'ai:'] as const;

/** Codes in `backend:<CODE>` for the gateway's answers other than throttles and 401/403. */
export const GATEWAY_FAILURE_CODES = {
  badFunctionResponse: 'FUNCTION_ERROR',
  badRequest: 'BAD_REQUEST',
  headersTooLarge: 'HEADERS_TOO_LARGE',
  integrationTimeout: 'INTEGRATION_TIMEOUT',
  notFound: 'ROUTE_NOT_FOUND',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
  unrecognized: 'UNRECOGNIZED',
} as const;

/** `backend:<CODE>` and `ai:<CODE>` codes: upper-case words joined by `_`. */
const LAYER_PATTERN =
  /^(?:network|gateway_throttle|authorizer|lambda_throttle|store_throttle|(?:backend|ai):[A-Z][A-Z0-9_]*)$/;

export function isLayer(value: unknown): value is Layer {
  return typeof value === 'string' && LAYER_PATTERN.test(value);
}

export type MetricType = 'counter' | 'gauge' | 'rate' | 'trend';

export interface SampleMetric {
  name: string;
  type: MetricType;
  /** A trend of milliseconds (`time`) or of plain numbers (`default`). */
  contains: 'default' | 'time';
  /** Tags of this schema each sample carries (k6's own come on top). */
  tags: readonly (keyof typeof SAMPLE_TAGS)[];
  description: string;
}

/** The custom metrics, keyed by what they measure. */
export const SAMPLE_METRICS = {
  failedRequests: {
    name: 'failed_requests',
    type: 'counter',
    contains: 'default',
    tags: ['route', 'layer', 'status'],
    description: 'one per failed request, tagged with the layer that refused it',
  },
  coldStarts: {
    name: 'cold_starts',
    type: 'rate',
    contains: 'default',
    tags: ['route'],
    description: 'per backend response: 1 when it ran in a new execution environment, else 0',
  },
  coldDuration: {
    name: 'cold_request_duration',
    type: 'trend',
    contains: 'time',
    tags: ['route'],
    description: 'http_req_duration of responses from a new execution environment',
  },
  warmDuration: {
    name: 'warm_request_duration',
    type: 'trend',
    contains: 'time',
    tags: ['route'],
    description: 'http_req_duration of responses from a reused execution environment',
  },
  initDuration: {
    name: 'init_duration',
    type: 'trend',
    contains: 'time',
    tags: ['route'],
    description: 'INIT time of a new execution environment (Server-Timing init)',
  },
  dynamodbReadUnits: {
    name: 'dynamodb_read_units',
    type: 'trend',
    contains: 'default',
    tags: ['route'],
    description: 'DynamoDB read units one request consumed, table and index (x-loopgauge-ddb rcu)',
  },
  dynamodbWriteUnits: {
    name: 'dynamodb_write_units',
    type: 'trend',
    contains: 'default',
    tags: ['route'],
    description: 'DynamoDB write units one request consumed, table and index (x-loopgauge-ddb wcu)',
  },
  dynamodbIndexReadUnits: {
    name: 'dynamodb_index_read_units',
    type: 'trend',
    contains: 'default',
    tags: ['route'],
    description:
      'the part of dynamodb_read_units the global secondary index consumed (x-loopgauge-ddb idx_rcu; absent when the backend does not report it)',
  },
  dynamodbIndexWriteUnits: {
    name: 'dynamodb_index_write_units',
    type: 'trend',
    contains: 'default',
    tags: ['route'],
    description:
      'the part of dynamodb_write_units the global secondary index consumed (x-loopgauge-ddb idx_wcu; absent when the backend does not report it)',
  },
  dynamodbRetries: {
    name: 'dynamodb_retries',
    type: 'counter',
    contains: 'default',
    tags: ['route'],
    description: 'SDK retries of DynamoDB calls (x-loopgauge-ddb retries)',
  },
  dynamodbDuration: {
    name: 'dynamodb_duration',
    type: 'trend',
    contains: 'time',
    tags: ['route'],
    description: 'time one request spent in DynamoDB calls (Server-Timing ddb)',
  },
  aiDuration: {
    name: 'ai_duration',
    type: 'trend',
    contains: 'time',
    tags: ['route'],
    description: 'time one request spent in AI provider calls (Server-Timing ai)',
  },
  handlerDuration: {
    name: 'handler_duration',
    type: 'trend',
    contains: 'time',
    tags: ['route'],
    description: 'time the handler took, INIT excluded (Server-Timing app)',
  },
} as const satisfies Record<string, SampleMetric>;

export type SampleMetricKey = keyof typeof SAMPLE_METRICS;
