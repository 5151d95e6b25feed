export * from './api.ts';
export * from './client/errors.ts';
export * from './client/requests.ts';
export * from './client/retry.ts';
export * from './errors.ts';
export * from './limits.ts';
export * from './telemetry.ts';
