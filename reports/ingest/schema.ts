/**
 * The names the scenarios write into the sample stream, as the reports read
 * them. PROVISIONAL until the load runner's sample schema is on main.
 */
export const SAMPLE_METRICS = {
  failedRequests: { name: 'failed_requests' },
  coldStarts: { name: 'cold_starts' },
  coldDuration: { name: 'cold_request_duration' },
  warmDuration: { name: 'warm_request_duration' },
  initDuration: { name: 'init_duration' },
  dynamodbReadUnits: { name: 'dynamodb_read_units' },
  dynamodbWriteUnits: { name: 'dynamodb_write_units' },
  dynamodbRetries: { name: 'dynamodb_retries' },
  dynamodbDuration: { name: 'dynamodb_duration' },
  aiDuration: { name: 'ai_duration' },
  handlerDuration: { name: 'handler_duration' },
} as const;

export const SAMPLE_TAGS = { route: 'route', layer: 'layer', status: 'status' } as const;

export const FIXED_LAYERS = [
  'network',
  'gateway_throttle',
  'authorizer',
  'lambda_throttle',
  'store_throttle',
] as const;
