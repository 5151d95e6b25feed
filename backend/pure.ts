/**
 * The part of the backend that any part may import, k6 scripts and the stage
 * definitions included: plain data, no Node built-ins, no SDK.
 */
export { AI_LIMITS } from './functions/commons/ai-limits.ts';
