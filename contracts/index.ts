export * from './api.ts';
export * from './errors.ts';
export * from './limits.ts';
export * from './telemetry.ts';
