/** Load testing: the built-in k6-compatible engine (`load/engine/`). */
export * from './engine/index.ts';
