/**
 * Array and Promise methods whose callbacks the blocking API can wait in:
 * the rewrite (blocking.ts) marks calls of them with a waiting callback, the
 * runtime (runtime.ts) runs them with an equivalent that waits.
 */
export const CALLBACK_METHODS = new Set([
  'forEach',
  'map',
  'filter',
  'some',
  'every',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'flatMap',
  'reduce',
  'reduceRight',
  'then',
  'catch',
  'finally',
]);
